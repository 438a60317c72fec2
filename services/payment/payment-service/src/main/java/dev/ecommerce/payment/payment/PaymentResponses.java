package dev.ecommerce.payment.payment;

import java.util.List;

import dev.ecommerce.payment.api.PaymentResponse;
import dev.ecommerce.payment.api.RefundStatus;
import dev.ecommerce.platform.api.Money;

/** A payment and its refunds as the API answers them. */
final class PaymentResponses {

	private PaymentResponses() {
	}

	static PaymentResponse of(Payment payment, List<Refund> refunds) {
		long refunded = refunds.stream()
			.filter((refund) -> refund.status() == RefundStatus.SUCCEEDED)
			.mapToLong((refund) -> refund.amount().amount())
			.sum();
		return new PaymentResponse(payment.id(), payment.orderId(), payment.userId(), payment.amount(),
				payment.status(), payment.gateway(), payment.gatewayReference(), payment.failureCode(),
				payment.retryable(), payment.nextActionUrl(), Money.of(refunded, payment.amount().currency()),
				refunds.stream().map(Refund::toResponse).toList(), payment.createdAt(), payment.updatedAt());
	}

}
