package dev.ecommerce.inventory.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stock was held for an order (a reservation). Published on {@code inventory.events},
 * keyed by the order id.
 *
 * @param reservationId the reservation
 * @param orderId the order
 * @param allocations which store, which SKU, how many units
 * @param expiresAt when the stock returns unless the reservation is committed
 * @param at when it happened
 */
public record StockReserved(UUID reservationId, UUID orderId, List<Allocation> allocations, Instant expiresAt,
		Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.inventory.StockReserved.v1";

}
