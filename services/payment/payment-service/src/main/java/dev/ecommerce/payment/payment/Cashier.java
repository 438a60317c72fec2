package dev.ecommerce.payment.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.payment.Caller;
import dev.ecommerce.payment.api.PaymentRequest;
import dev.ecommerce.payment.api.PaymentResponse;
import dev.ecommerce.payment.api.PaymentStatus;
import dev.ecommerce.payment.gateway.ChargeResult;
import dev.ecommerce.payment.gateway.GatewayUnavailableException;
import dev.ecommerce.payment.gateway.Gateways;
import dev.ecommerce.payment.gateway.PaymentGateway;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Takes payments. The payment is recorded {@code PROCESSING} under the caller's
 * Idempotency-Key and committed before the gateway is called; the gateway gets a key made
 * from the payment's id. So a repeat of the request finds the payment rather than making
 * another, and if the service died after the gateway charged, the repeat (or
 * reconciliation) asks the gateway for that charge, or makes the same call under the same
 * key, which the gateway answers with the first charge.
 */
@Service
public class Cashier {

	private final Payments payments;

	private final Refunds refunds;

	private final Settlements settlements;

	private final Gateways gateways;

	private final TransactionOperations transactions;

	private final Clock clock;

	Cashier(Payments payments, Refunds refunds, Settlements settlements, Gateways gateways,
			TransactionOperations transactions, Clock clock) {
		this.payments = payments;
		this.refunds = refunds;
		this.settlements = settlements;
		this.gateways = gateways;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Takes a payment, or answers the one this caller's key took before.
	 * @param caller who asks
	 * @param idempotencyKey the request's key
	 * @param request the payment
	 * @return the payment
	 */
	public PaymentResponse pay(Caller caller, String idempotencyKey, PaymentRequest request) {
		PaymentGateway gateway = this.gateways.forRequest(request.gateway());
		check(caller, request);
		gateway.checkToken(request.paymentMethodToken());
		UUID owner = caller.service() ? request.userId() : caller.id();
		Payment requested = Payment.requested(request.orderId(), owner, request.amount(), gateway.name(),
				request.paymentMethodToken(), now());
		String requestKey = requestKey(caller, idempotencyKey);
		Payment payment = this.transactions.execute((status) -> this.payments.claim(requested, requestKey) ? requested
				: this.payments.findByRequestKey(requestKey).orElseThrow());
		boolean first = payment.id().equals(requested.id());
		// a REQUIRES_ACTION payment waits for the customer; only PROCESSING is driven
		if (payment.status() == PaymentStatus.PROCESSING) {
			payment = drive(payment, gateway, !first);
		}
		return response(payment);
	}

	/**
	 * Asks the gateway for the payment's outcome and settles it.
	 * @param lookFirst whether an earlier attempt may have reached the gateway: then the
	 * charge it made is looked for before charging (under the same key) again
	 */
	private Payment drive(Payment payment, PaymentGateway gateway, boolean lookFirst) {
		ChargeResult result;
		try {
			result = lookFirst ? gateway.find(payment.charge()).orElseGet(() -> gateway.charge(payment.charge()))
					: gateway.charge(payment.charge());
		}
		catch (GatewayUnavailableException ex) {
			throw new GatewayUnavailable("payment", payment.id(), gateway.name());
		}
		return this.settlements.settle(payment.id(), result);
	}

	/**
	 * Settles a payment left {@code PROCESSING}: the charge the gateway made for it, or
	 * the same charge again under the same key while the gateway still remembers that
	 * key, or else a failure.
	 * @param payment the payment
	 * @param recharge whether it is young enough to charge again under its key
	 */
	void reconcile(Payment payment, boolean recharge) {
		PaymentGateway gateway = this.gateways.forPayment(payment.gateway());
		ChargeResult result = gateway.find(payment.charge())
			.orElseGet(() -> recharge ? gateway.charge(payment.charge())
					: new ChargeResult.Declined(null, "gateway_unreachable", true));
		this.settlements.settle(payment.id(), result);
	}

	public PaymentResponse get(Caller caller, UUID id) {
		return response(visible(caller, id));
	}

	/** An order's payments: a customer's own, or every one for admins and services. */
	public PageResponse<PaymentResponse> ofOrder(Caller caller, UUID orderId, PageQuery page) {
		UUID only = caller.seesAll() ? null : caller.id();
		List<PaymentResponse> items = this.payments.findByOrder(orderId, only, page.page() * page.size(), page.size())
			.stream()
			.map(this::response)
			.toList();
		return PageResponse.of(items, page, this.payments.countByOrder(orderId, only));
	}

	Payment visible(Caller caller, UUID id) {
		return this.payments.find(id).filter((payment) -> payment.visibleTo(caller)).orElseThrow(() -> notFound(id));
	}

	PaymentResponse response(Payment payment) {
		return PaymentResponses.of(payment, this.refunds.ofPayment(payment.id()));
	}

	private static void check(Caller caller, PaymentRequest request) {
		if (request.amount().amount() <= 0) {
			throw new InvalidRequestException("amount.amount", "must be greater than 0");
		}
		checkCurrency(request.amount().currency(), "amount.currency");
		if (!caller.service() && request.userId() != null && !request.userId().equals(caller.id())) {
			throw new InvalidRequestException("userId", "only a service pays on behalf of another user");
		}
	}

	static void checkCurrency(String code, String field) {
		try {
			Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(field, "is not an ISO 4217 currency");
		}
	}

	static String requestKey(Caller caller, String idempotencyKey) {
		return caller.id() + " " + idempotencyKey;
	}

	static NotFoundException notFound(@Nullable UUID id) {
		return new NotFoundException("No payment " + id + ".");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
