package dev.ecommerce.payment.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.payment.Caller;
import dev.ecommerce.payment.api.PaymentStatus;
import dev.ecommerce.payment.api.RefundRequest;
import dev.ecommerce.payment.api.RefundResponse;
import dev.ecommerce.payment.api.RefundStatus;
import dev.ecommerce.payment.gateway.GatewayUnavailableException;
import dev.ecommerce.payment.gateway.Gateways;
import dev.ecommerce.payment.gateway.PaymentGateway;
import dev.ecommerce.payment.gateway.RefundOrder;
import dev.ecommerce.payment.gateway.RefundResult;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Gives money back. The refund is recorded {@code PROCESSING} with the payment locked, so
 * that refunds asked at the same time are counted one after another and never add up to
 * more than was taken; only then is the gateway asked, under a key made from the refund's
 * id.
 */
@Service
public class Refunding {

	private final Payments payments;

	private final Refunds refunds;

	private final Settlements settlements;

	private final Gateways gateways;

	private final TransactionOperations transactions;

	private final Clock clock;

	Refunding(Payments payments, Refunds refunds, Settlements settlements, Gateways gateways,
			TransactionOperations transactions, Clock clock) {
		this.payments = payments;
		this.refunds = refunds;
		this.settlements = settlements;
		this.gateways = gateways;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Refunds some or all of a payment, or answers the refund this caller's key made
	 * before.
	 */
	public RefundResponse refund(Caller caller, String idempotencyKey, UUID paymentId, RefundRequest request) {
		if (request.amount().amount() <= 0) {
			throw new InvalidRequestException("amount.amount", "must be greater than 0");
		}
		Cashier.checkCurrency(request.amount().currency(), "amount.currency");
		String requestKey = Cashier.requestKey(caller, idempotencyKey);
		Refund refund = this.transactions.execute((status) -> {
			Payment payment = this.payments.lock(paymentId)
				.filter((found) -> found.visibleTo(caller))
				.orElseThrow(() -> Cashier.notFound(paymentId));
			return this.refunds.findByRequestKey(requestKey).orElseGet(() -> open(payment, request, requestKey));
		});
		if (refund.status() == RefundStatus.PROCESSING) {
			refund = drive(refund);
		}
		return refund.toResponse();
	}

	private Refund open(Payment payment, RefundRequest request, String requestKey) {
		if (payment.status() != PaymentStatus.SUCCEEDED) {
			throw new ConflictException(ProblemTypes.of("payment-not-refundable"), "Payment not refundable",
					"Payment " + payment.id() + " is " + payment.status() + "; only a SUCCEEDED payment is refunded.");
		}
		if (!payment.amount().currency().equals(request.amount().currency())) {
			throw new InvalidRequestException("amount.currency",
					"must be the payment's currency, " + payment.amount().currency());
		}
		long refundable = payment.amount().amount() - this.refunds.held(payment.id());
		if (request.amount().amount() > refundable) {
			throw new ProblemException(HttpStatus.CONFLICT, ProblemTypes.of("refund-exceeds-payment"),
					"Refund exceeds payment",
					"Refunds of payment " + payment.id() + " may add up to at most " + payment.amount().amount() + " "
							+ payment.amount().currency() + "; " + refundable + " is left to refund.",
					Map.of("refundable", Money.of(refundable, payment.amount().currency())));
		}
		Refund refund = new Refund(UUID.randomUUID(), payment.id(), request.amount(), request.reason(),
				RefundStatus.PROCESSING, null, null, now());
		this.refunds.add(refund, requestKey);
		return refund;
	}

	/** Asks the gateway to refund (again, under the same key) and settles the refund. */
	Refund drive(Refund refund) {
		Payment payment = this.payments.find(refund.paymentId()).orElseThrow();
		PaymentGateway gateway;
		RefundResult result;
		try {
			gateway = this.gateways.forPayment(payment.gateway());
			result = gateway.refund(new RefundOrder(refund.id(), payment.id(), payment.gatewayReference(),
					refund.amount(), refund.reason(), refund.idempotencyKey()));
		}
		catch (GatewayUnavailableException ex) {
			throw new GatewayUnavailable("refund", refund.id(), payment.gateway());
		}
		return this.settlements.settle(refund, result);
	}

	public RefundResponse get(Caller caller, UUID paymentId, UUID refundId) {
		return this.payments.find(paymentId)
			.filter((payment) -> payment.visibleTo(caller))
			.flatMap((payment) -> this.refunds.find(paymentId, refundId))
			.orElseThrow(() -> new NotFoundException("No refund " + refundId + " of payment " + paymentId + "."))
			.toResponse();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
