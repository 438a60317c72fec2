package dev.ecommerce.payment.gateway;

import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A refund to make.
 *
 * @param refundId our refund
 * @param paymentId our payment
 * @param chargeReference the gateway's id of the charge refunded
 * @param amount what to give back
 * @param reason why, if given
 * @param idempotencyKey the same on every attempt at this refund
 */
public record RefundOrder(UUID refundId, UUID paymentId, String chargeReference, Money amount, @Nullable String reason,
		String idempotencyKey) {

}
