package dev.ecommerce.payment.gateway;

import org.jspecify.annotations.Nullable;

/** What a gateway answered to a charge. */
public sealed interface ChargeResult {

	/** The money was taken. */
	record Succeeded(String reference) implements ChargeResult {
	}

	/**
	 * The charge was refused.
	 *
	 * @param reference the gateway's id of the attempt, if it made one
	 * @param code why, in Stripe's words: {@code card_declined},
	 * {@code insufficient_funds}
	 * @param retryable whether trying the same payment method again may succeed
	 */
	record Declined(@Nullable String reference, String code, boolean retryable) implements ChargeResult {
	}

	/** The customer must act first (3-D Secure, PayPal approval). */
	record ActionRequired(String reference, @Nullable String url) implements ChargeResult {
	}

	/** Accepted, the outcome to follow by webhook or reconciliation. */
	record Pending(String reference) implements ChargeResult {
	}

}
