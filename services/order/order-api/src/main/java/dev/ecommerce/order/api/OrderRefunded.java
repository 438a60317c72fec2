package dev.ecommerce.order.api;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;

/**
 * Money was paid back for an order, for a cancellation or a return. Published on
 * {@code order.events}, keyed by the order id.
 *
 * @param orderId the order
 * @param number the order's human number
 * @param userId the customer
 * @param paymentId the payment refunded
 * @param refundId the refund at the payment service
 * @param amount what was paid back
 * @param at when it happened
 */
public record OrderRefunded(UUID orderId, String number, UUID userId, UUID paymentId, UUID refundId, Money amount,
		Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.order.OrderRefunded.v1";

}
