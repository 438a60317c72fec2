package dev.ecommerce.payment.api;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A payment was declined or could not be taken. Published on {@code payment.events},
 * keyed by the payment id.
 *
 * @param paymentId the payment
 * @param orderId the order it was for
 * @param userId whose payment it is, when known
 * @param amount what was asked for
 * @param gateway the gateway that refused it
 * @param failureCode why: {@code card_declined}, {@code insufficient_funds},
 * {@code processing_error}, …
 * @param at when it failed
 */
public record PaymentFailed(UUID paymentId, UUID orderId, @Nullable UUID userId, Money amount, String gateway,
		String failureCode, Instant at) {

	public static final String TYPE = "dev.ecommerce.payment.PaymentFailed.v1";

}
