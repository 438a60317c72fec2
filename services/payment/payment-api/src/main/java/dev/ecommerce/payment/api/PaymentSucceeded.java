package dev.ecommerce.payment.api;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A payment was taken. Published on {@code payment.events}, keyed by the payment id.
 *
 * @param paymentId the payment
 * @param orderId the order it pays for
 * @param userId whose payment it is, when known
 * @param amount what was charged
 * @param gateway the gateway that took it
 * @param gatewayReference the gateway's id of the charge
 * @param at when it succeeded
 */
public record PaymentSucceeded(UUID paymentId, UUID orderId, @Nullable UUID userId, Money amount, String gateway,
		String gatewayReference, Instant at) {

	public static final String TYPE = "dev.ecommerce.payment.PaymentSucceeded.v1";

}
