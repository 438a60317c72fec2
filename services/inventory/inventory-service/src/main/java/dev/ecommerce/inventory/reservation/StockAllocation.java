package dev.ecommerce.inventory.reservation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.inventory.api.Allocation;
import dev.ecommerce.inventory.api.ReservationLine;
import dev.ecommerce.inventory.api.ShortLine;
import dev.ecommerce.inventory.api.StoreType;
import org.jspecify.annotations.Nullable;

/**
 * Decides which stores hold an order's units (ADR 0006): one store that can ship every
 * line if there is one — a warehouse before a shop, then the one with the most of the
 * ordered SKUs available, then the lowest code — otherwise each line taken from the
 * stores with the most of it available first, split across as few stores as that gives.
 */
final class StockAllocation {

	private StockAllocation() {
	}

	/**
	 * The units of a SKU one active store can promise.
	 *
	 * @param storeId the store
	 * @param code its code, the last tie-breaker
	 * @param type warehouse or shop
	 * @param sku the SKU
	 * @param available its units not reserved
	 */
	record Candidate(UUID storeId, String code, StoreType type, String sku, int available) {

	}

	/**
	 * An allocation, or the lines that the stock cannot cover.
	 *
	 * @param allocations the units per store and SKU, if every line is covered
	 * @param shortLines the lines that are not, otherwise
	 */
	record Result(List<Allocation> allocations, List<ShortLine> shortLines) {

		boolean covered() {
			return this.shortLines.isEmpty();
		}

	}

	static Result allocate(List<ReservationLine> lines, List<Candidate> stock) {
		List<ShortLine> shortLines = new ArrayList<>();
		for (ReservationLine line : lines) {
			long available = stock.stream()
				.filter((candidate) -> candidate.sku().equals(line.sku()))
				.mapToLong(Candidate::available)
				.sum();
			if (available < line.quantity()) {
				shortLines.add(new ShortLine(line.sku(), line.quantity(), (int) available));
			}
		}
		if (!shortLines.isEmpty()) {
			return new Result(List.of(), shortLines);
		}
		List<Allocation> single = fromOneStore(lines, stock);
		return new Result((single != null) ? single : split(lines, stock), List.of());
	}

	private static @Nullable List<Allocation> fromOneStore(List<ReservationLine> lines, List<Candidate> stock) {
		Map<UUID, Map<String, Candidate>> byStore = new LinkedHashMap<>();
		stock.forEach((candidate) -> byStore.computeIfAbsent(candidate.storeId(), (id) -> new HashMap<>())
			.put(candidate.sku(), candidate));
		Comparator<Map<String, Candidate>> preference = Comparator
			.comparing((Map<String, Candidate> store) -> any(store).type() != StoreType.WAREHOUSE)
			.thenComparing((store) -> -store.values().stream().mapToLong(Candidate::available).sum())
			.thenComparing((store) -> any(store).code());
		return byStore.values().stream().filter((store) -> lines.stream().allMatch((line) -> {
			Candidate candidate = store.get(line.sku());
			return candidate != null && candidate.available() >= line.quantity();
		}))
			.min(preference)
			.map((store) -> lines.stream()
				.map((line) -> new Allocation(line.sku(), store.get(line.sku()).storeId(), line.quantity()))
				.toList())
			.orElse(null);
	}

	private static List<Allocation> split(List<ReservationLine> lines, List<Candidate> stock) {
		Comparator<Candidate> mostFirst = Comparator.comparingInt(Candidate::available)
			.reversed()
			.thenComparing((candidate) -> candidate.type() != StoreType.WAREHOUSE)
			.thenComparing(Candidate::code);
		List<Allocation> allocations = new ArrayList<>();
		for (ReservationLine line : lines) {
			int remaining = line.quantity();
			for (Candidate candidate : stock.stream()
				.filter((candidate) -> candidate.sku().equals(line.sku()))
				.sorted(mostFirst)
				.toList()) {
				if (remaining == 0) {
					break;
				}
				int taken = Math.min(remaining, candidate.available());
				if (taken > 0) {
					allocations.add(new Allocation(line.sku(), candidate.storeId(), taken));
					remaining -= taken;
				}
			}
		}
		return allocations;
	}

	private static Candidate any(Map<String, Candidate> store) {
		return store.values().iterator().next();
	}

}
