package dev.ecommerce.payment.payment;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.payment.Caller;
import dev.ecommerce.payment.api.PaymentStatus;
import dev.ecommerce.payment.gateway.Charge;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A payment as recorded.
 *
 * @param id its id
 * @param orderId the order it pays for
 * @param userId whose it is, when known
 * @param amount what is charged
 * @param gateway the gateway that takes it
 * @param token the payment method token (a gateway's token, never card data)
 * @param status where it stands
 * @param gatewayReference the gateway's id of the charge
 * @param failureCode why it failed
 * @param retryable whether a failure may pass on another attempt
 * @param nextActionUrl where the customer completes it
 * @param createdAt when it was asked for
 * @param updatedAt when it last changed
 */
record Payment(UUID id, UUID orderId, @Nullable UUID userId, Money amount, String gateway, String token,
		PaymentStatus status, @Nullable String gatewayReference, @Nullable String failureCode, boolean retryable,
		@Nullable String nextActionUrl, Instant createdAt, Instant updatedAt) {

	static Payment requested(UUID orderId, @Nullable UUID userId, Money amount, String gateway, String token,
			Instant now) {
		return new Payment(UUID.randomUUID(), orderId, userId, amount, gateway, token, PaymentStatus.PROCESSING, null,
				null, false, null, now, now);
	}

	/**
	 * The key the gateway sees on every attempt at this payment: derived from our id, so
	 * that every retry of the same request, by the client or by reconciliation, is the
	 * same charge to the gateway.
	 */
	String idempotencyKey() {
		return "payment-" + this.id;
	}

	Charge charge() {
		return new Charge(this.id, this.orderId, this.amount, this.token, idempotencyKey(), this.gatewayReference);
	}

	/** Whether the gateway may still change its outcome. */
	boolean open() {
		return this.status == PaymentStatus.PROCESSING || this.status == PaymentStatus.REQUIRES_ACTION;
	}

	boolean visibleTo(Caller caller) {
		return caller.seesAll() || caller.id().equals(this.userId);
	}

}
