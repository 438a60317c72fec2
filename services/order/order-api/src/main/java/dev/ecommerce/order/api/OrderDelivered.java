package dev.ecommerce.order.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An order's shipment was delivered. Published on {@code order.events}, keyed by the
 * order id.
 *
 * @param orderId the order
 * @param number the order's human number
 * @param userId the customer
 * @param at when it happened
 */
public record OrderDelivered(UUID orderId, String number, UUID userId, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.order.OrderDelivered.v1";

}
