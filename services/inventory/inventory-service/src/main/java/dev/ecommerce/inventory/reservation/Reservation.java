package dev.ecommerce.inventory.reservation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.ecommerce.inventory.api.Allocation;
import dev.ecommerce.inventory.api.ReservationLine;
import dev.ecommerce.inventory.api.ReservationResponse;
import dev.ecommerce.inventory.api.ReservationStatus;

/**
 * Stock held for an order, as stored.
 */
record Reservation(UUID id, UUID orderId, ReservationStatus status, Instant expiresAt, List<Allocation> allocations) {

	/** Store ids in PostgreSQL's order of {@code uuid}: byte by byte, unsigned. */
	static final Comparator<UUID> UUID_ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
		.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

	/**
	 * The order of a reservation's allocations: by SKU, byte by byte, then store, as
	 * {@link Reservations} reads them.
	 */
	static final Comparator<Allocation> ORDER = Comparator.comparing(Allocation::sku)
		.thenComparing(Allocation::storeId, UUID_ORDER);

	ReservationResponse toResponse() {
		return new ReservationResponse(this.id, this.orderId, this.status, this.expiresAt, this.allocations);
	}

	/** Whether the request asks for the same units as this reservation holds. */
	boolean holds(List<ReservationLine> lines) {
		Map<String, Integer> held = new TreeMap<>();
		this.allocations.forEach((allocation) -> held.merge(allocation.sku(), allocation.quantity(), Integer::sum));
		Map<String, Integer> asked = new TreeMap<>();
		lines.forEach((line) -> asked.merge(line.sku(), line.quantity(), Integer::sum));
		return held.equals(asked);
	}

	/** The SKUs it holds, sorted: the order in which their items are locked. */
	List<String> skus() {
		return this.allocations.stream().map(Allocation::sku).distinct().sorted().toList();
	}

}
