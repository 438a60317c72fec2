package dev.ecommerce.payment.api;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;

/**
 * Money went back to the customer. Published on {@code payment.events}, keyed by the
 * payment id.
 *
 * @param paymentId the payment refunded
 * @param refundId the refund
 * @param orderId the order it paid for
 * @param amount what this refund gave back
 * @param totalRefunded what all the payment's refunds have given back, this one included
 * @param at when the gateway confirmed it
 */
public record PaymentRefunded(UUID paymentId, UUID refundId, UUID orderId, Money amount, Money totalRefunded,
		Instant at) {

	public static final String TYPE = "dev.ecommerce.payment.PaymentRefunded.v1";

}
