package dev.ecommerce.payment.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.ecommerce.payment.api.PaymentFailed;
import dev.ecommerce.payment.api.PaymentRefunded;
import dev.ecommerce.payment.api.PaymentStatus;
import dev.ecommerce.payment.api.PaymentSucceeded;
import dev.ecommerce.payment.api.RefundStatus;
import dev.ecommerce.payment.gateway.ChargeResult;
import dev.ecommerce.payment.gateway.RefundResult;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.events.outbox.Outbox;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what a gateway answered, each in one transaction with its event. The payment is
 * locked first, so an answer, a webhook and reconciliation racing for the same payment
 * settle it once: whoever comes second finds it settled and changes nothing.
 */
@Component
class Settlements {

	private final Payments payments;

	private final Refunds refunds;

	private final Outbox outbox;

	private final Clock clock;

	Settlements(Payments payments, Refunds refunds, Outbox outbox, Clock clock) {
		this.payments = payments;
		this.refunds = refunds;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Settles a payment by a charge's outcome, unless it is settled already.
	 * @return the payment as it now stands
	 */
	@Transactional
	public Payment settle(UUID paymentId, ChargeResult result) {
		Payment payment = this.payments.lock(paymentId).orElseThrow();
		if (!payment.open()) {
			return payment;
		}
		Instant now = now();
		Payment settled;
		if (result instanceof ChargeResult.Succeeded succeeded) {
			settled = with(payment, PaymentStatus.SUCCEEDED, succeeded.reference(), null, false, null, now);
		}
		else if (result instanceof ChargeResult.Declined declined) {
			settled = with(payment, PaymentStatus.FAILED,
					(declined.reference() != null) ? declined.reference() : payment.gatewayReference(), declined.code(),
					declined.retryable(), null, now);
		}
		else if (result instanceof ChargeResult.ActionRequired action) {
			settled = with(payment, PaymentStatus.REQUIRES_ACTION, action.reference(), null, false, action.url(), now);
		}
		else {
			settled = with(payment, PaymentStatus.PROCESSING, ((ChargeResult.Pending) result).reference(), null, false,
					null, now);
		}
		if (settled.equals(payment)) {
			return payment;
		}
		this.payments.update(settled);
		String key = payment.id().toString();
		if (settled.status() == PaymentStatus.SUCCEEDED) {
			this.outbox.publish(PaymentSucceeded.TYPE, key, new PaymentSucceeded(payment.id(), payment.orderId(),
					payment.userId(), payment.amount(), payment.gateway(), settled.gatewayReference(), now));
		}
		else if (settled.status() == PaymentStatus.FAILED) {
			this.outbox.publish(PaymentFailed.TYPE, key, new PaymentFailed(payment.id(), payment.orderId(),
					payment.userId(), payment.amount(), payment.gateway(), settled.failureCode(), now));
		}
		return settled;
	}

	private static Payment with(Payment payment, PaymentStatus status, @Nullable String reference,
			@Nullable String failureCode, boolean retryable, @Nullable String nextActionUrl, Instant now) {
		boolean same = payment.status() == status && java.util.Objects.equals(payment.gatewayReference(), reference)
				&& java.util.Objects.equals(payment.nextActionUrl(), nextActionUrl);
		return same ? payment
				: new Payment(payment.id(), payment.orderId(), payment.userId(), payment.amount(), payment.gateway(),
						payment.token(), status, reference, failureCode, retryable, nextActionUrl, payment.createdAt(),
						now);
	}

	/**
	 * Settles a refund by the gateway's answer, unless it is settled already; a refused
	 * refund gives its amount back to what may be refunded.
	 * @return the refund as it now stands
	 */
	@Transactional
	public Refund settle(Refund refund, RefundResult result) {
		Payment payment = this.payments.lock(refund.paymentId()).orElseThrow();
		Refund current = this.refunds.lock(refund.id()).orElseThrow();
		if (current.status() != RefundStatus.PROCESSING) {
			return current;
		}
		Instant now = now();
		if (result instanceof RefundResult.Refunded refunded) {
			this.refunds.settle(refund.id(), RefundStatus.SUCCEEDED, refunded.reference(), null, now);
			Money total = Money.of(this.refunds.refunded(payment.id()), payment.amount().currency());
			this.outbox.publish(PaymentRefunded.TYPE, payment.id().toString(),
					new PaymentRefunded(payment.id(), refund.id(), payment.orderId(), refund.amount(), total, now));
		}
		else {
			this.refunds.settle(refund.id(), RefundStatus.FAILED, null, ((RefundResult.Refused) result).code(), now);
		}
		return this.refunds.lock(refund.id()).orElseThrow();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
