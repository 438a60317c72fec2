package dev.ecommerce.inventory.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reservation's stock returned by itself after its time to live. Published on
 * {@code inventory.events}, keyed by the order id.
 *
 * @param reservationId the reservation
 * @param orderId the order
 * @param allocations which store, which SKU, how many units
 * @param at when it happened
 */
public record ReservationExpired(UUID reservationId, UUID orderId, List<Allocation> allocations, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.inventory.ReservationExpired.v1";

}
