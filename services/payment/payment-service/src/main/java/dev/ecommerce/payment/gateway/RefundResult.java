package dev.ecommerce.payment.gateway;

/** What a gateway answered to a refund. */
public sealed interface RefundResult {

	record Refunded(String reference) implements RefundResult {
	}

	record Refused(String code) implements RefundResult {
	}

}
