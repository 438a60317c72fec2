package dev.ecommerce.payment.api;

/**
 * Where a payment stands. {@code PROCESSING} until the gateway has answered; a payment
 * whose gateway did not answer stays {@code PROCESSING} until it is reconciled.
 */
public enum PaymentStatus {

	PROCESSING, SUCCEEDED, FAILED, REQUIRES_ACTION

}
