package dev.ecommerce.payment.api;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A refund of a payment.
 *
 * @param id the refund's id
 * @param paymentId the payment refunded
 * @param amount what it gives back
 * @param reason why
 * @param status where it stands
 * @param gatewayReference the gateway's id of the refund, once it has one
 * @param failureCode why the gateway refused it, for {@code FAILED}
 * @param createdAt when it was asked for
 */
public record RefundResponse(UUID id, UUID paymentId, Money amount, @Nullable String reason, RefundStatus status,
		@Nullable String gatewayReference, @Nullable String failureCode, Instant createdAt) {

}
