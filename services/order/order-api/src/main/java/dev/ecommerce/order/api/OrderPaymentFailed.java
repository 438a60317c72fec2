package dev.ecommerce.order.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The payment of an order was declined; its stock was released. Published on
 * {@code order.events}, keyed by the order id.
 *
 * @param orderId the order
 * @param number the order's human number
 * @param userId the customer
 * @param failureCode the gateway's reason, such as {@code card_declined}
 * @param at when it happened
 */
public record OrderPaymentFailed(UUID orderId, String number, UUID userId, String failureCode, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.order.OrderPaymentFailed.v1";

}
