package dev.ecommerce.payment.api;

/**
 * Where a refund stands. A {@code PROCESSING} refund holds its amount against the payment
 * until the gateway has answered; a {@code FAILED} one gives it back.
 */
public enum RefundStatus {

	PROCESSING, SUCCEEDED, FAILED

}
