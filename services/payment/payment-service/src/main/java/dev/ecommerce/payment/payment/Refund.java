package dev.ecommerce.payment.payment;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.payment.api.RefundResponse;
import dev.ecommerce.payment.api.RefundStatus;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A refund as recorded.
 *
 * @param id its id
 * @param paymentId the payment it gives back from
 * @param amount what it gives back
 * @param reason why
 * @param status where it stands
 * @param gatewayReference the gateway's id of it
 * @param failureCode why the gateway refused it
 * @param createdAt when it was asked for
 */
record Refund(UUID id, UUID paymentId, Money amount, @Nullable String reason, RefundStatus status,
		@Nullable String gatewayReference, @Nullable String failureCode, Instant createdAt) {

	/** The key the gateway sees on every attempt at this refund. */
	String idempotencyKey() {
		return "refund-" + this.id;
	}

	RefundResponse toResponse() {
		return new RefundResponse(this.id, this.paymentId, this.amount, this.reason, this.status, this.gatewayReference,
				this.failureCode, this.createdAt);
	}

}
