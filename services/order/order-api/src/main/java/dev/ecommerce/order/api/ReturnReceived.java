package dev.ecommerce.order.api;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;

/**
 * The returned goods were received: the lines are refunded and restocked. Published on
 * {@code order.events}, keyed by the order id.
 *
 * @param orderId the order
 * @param number the order's human number
 * @param userId the customer
 * @param returnId the return
 * @param refund what is refunded for the returned lines
 * @param at when it happened
 */
public record ReturnReceived(UUID orderId, String number, UUID userId, UUID returnId, Money refund, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.order.ReturnReceived.v1";

}
