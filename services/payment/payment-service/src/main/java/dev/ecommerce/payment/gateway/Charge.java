package dev.ecommerce.payment.gateway;

import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A charge to make, or to look for.
 *
 * @param paymentId our payment
 * @param orderId the order it pays for
 * @param amount what to charge
 * @param token the payment method token
 * @param idempotencyKey the same on every attempt at this payment
 * @param reference the gateway's id of the charge, if an earlier attempt learnt it
 */
public record Charge(UUID paymentId, UUID orderId, Money amount, String token, String idempotencyKey,
		@Nullable String reference) {

}
