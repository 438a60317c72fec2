package dev.ecommerce.order.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An order was rejected: the stock could not cover it, or its checkout could not complete
 * in time; nothing was charged. Published on {@code order.events}, keyed by the order id.
 *
 * @param orderId the order
 * @param number the order's human number
 * @param userId the customer
 * @param reason why
 * @param at when it happened
 */
public record OrderRejected(UUID orderId, String number, UUID userId, String reason, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.order.OrderRejected.v1";

}
