package dev.ecommerce.order.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import dev.ecommerce.inventory.api.ReservationLine;
import dev.ecommerce.inventory.api.ReservationStatus;
import dev.ecommerce.order.order.Order;
import dev.ecommerce.order.order.OrderEvents;
import dev.ecommerce.order.order.OrderStatus;
import dev.ecommerce.order.order.Orders;
import dev.ecommerce.order.peers.InventoryClient;
import dev.ecommerce.order.peers.PaymentClient;
import dev.ecommerce.order.peers.ShippingClient;
import dev.ecommerce.order.peers.PeerFailedException;
import dev.ecommerce.platform.web.client.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.client.RestClientException;

/**
 * Runs an order's checkout saga one step at a time (ADR 12): reserve the stock, take the
 * payment, confirm, commit the stock, create the shipment; or compensate. Each step calls
 * one peer with a request that is idempotent per order, then records the answer in its
 * own transaction; the step moves on only if no one (a cancel, the deadline) moved the
 * saga meanwhile. A peer that fails is asked again later, with backoff; a pending order
 * that cannot be confirmed in time is given up and compensated.
 */
@Component
class CheckoutSaga {

	private static final Logger log = LoggerFactory.getLogger(CheckoutSaga.class);

	private final Orders orders;

	private final SagaRows rows;

	private final OrderEvents events;

	private final InventoryClient inventory;

	private final PaymentClient payments;

	private final ShippingClient shipping;

	private final CheckoutProperties properties;

	private final TransactionOperations transactions;

	private final Compensation compensation;

	private final Clock clock;

	CheckoutSaga(Orders orders, SagaRows rows, OrderEvents events, InventoryClient inventory, PaymentClient payments,
			ShippingClient shipping, CheckoutProperties properties, TransactionOperations transactions,
			Compensation compensation, Clock clock) {
		this.orders = orders;
		this.rows = rows;
		this.events = events;
		this.inventory = inventory;
		this.payments = payments;
		this.shipping = shipping;
		this.properties = properties;
		this.transactions = transactions;
		this.compensation = compensation;
		this.clock = clock;
	}

	/**
	 * Runs the steps of a claimed order until its saga ends or a step must wait.
	 */
	void run(UUID id) {
		for (int i = 0; i < SagaStep.values().length + 1; i++) {
			Order order = this.orders.find(id).orElse(null);
			if (order == null || !runStep(order)) {
				return;
			}
		}
	}

	/**
	 * @return whether the next step may run at once
	 */
	private boolean runStep(Order order) {
		SagaStep step = SagaStep.valueOf(order.saga().step());
		if (step == SagaStep.DONE) {
			return false;
		}
		Instant now = this.clock.instant();
		if (order.status() == OrderStatus.PENDING && step.beforeConfirmation()
				&& !now.isBefore(order.saga().deadlineAt())) {
			giveUp(order.id(), "checkout did not complete in time");
			return true;
		}
		try {
			// false when someone else (a cancel) moved the saga meanwhile: it runs it on
			return switch (step) {
				case RESERVE_STOCK -> reserve(order);
				case TAKE_PAYMENT -> pay(order);
				case COMMIT_STOCK -> commit(order);
				case CREATE_SHIPMENT -> ship(order);
				case COMPENSATE -> this.compensation.run(order);
				default -> throw new IllegalStateException(step.name());
			};
		}
		catch (ServiceUnavailableException | PeerFailedException | RestClientException ex) {
			retryLater(order, step, ex.getMessage());
			return false;
		}
	}

	private boolean reserve(Order order) {
		if (!Boolean.TRUE.equals(this.transactions.execute((tx) -> this.rows.reservationRequested(order.id())))) {
			return false;
		}
		InventoryClient.Reservation reservation = reserve(this.inventory, order, this.properties);
		return decide(() -> {
			this.orders.lock(order.id());
			if (reservation.outOfStock()) {
				this.rows.reservation(order.id(), "OUT_OF_STOCK", null, List.of());
				boolean moved = this.rows.advance(order.id(), SagaStep.RESERVE_STOCK, SagaStep.COMPENSATE, lease());
				if (moved) {
					this.orders.changeStatus(order.id(), OrderStatus.PENDING, OrderStatus.REJECTED,
							reservation.problem(), now());
				}
				return moved;
			}
			this.rows.reservation(order.id(), state(reservation.status()), reservation.id(), reservation.allocations());
			return this.rows.advance(order.id(), SagaStep.RESERVE_STOCK, SagaStep.TAKE_PAYMENT, lease());
		});
	}

	private boolean pay(Order order) {
		if (!Boolean.TRUE.equals(this.transactions.execute((tx) -> this.rows.paymentRequested(order.id())))) {
			return false;
		}
		PaymentClient.Payment payment = takePayment(order);
		return decide(() -> {
			Order current = this.orders.lock(order.id()).orElseThrow();
			this.rows.payment(order.id(), payment.id(), payment.status(), payment.failureCode());
			if (current.status() != OrderStatus.PENDING) {
				return false;
			}
			if (payment.succeeded()) {
				boolean moved = this.rows.advance(order.id(), SagaStep.TAKE_PAYMENT, SagaStep.COMMIT_STOCK, lease());
				if (moved) {
					this.orders.changeStatus(order.id(), OrderStatus.PENDING, OrderStatus.CONFIRMED, "paid", now());
					this.events.confirmed(current, payment.id(), now());
				}
				return moved;
			}
			String code = (payment.failureCode() != null) ? payment.failureCode()
					: payment.status().toLowerCase(Locale.ROOT);
			boolean moved = this.rows.advance(order.id(), SagaStep.TAKE_PAYMENT, SagaStep.COMPENSATE, lease());
			if (moved) {
				this.orders.changeStatus(order.id(), OrderStatus.PENDING, OrderStatus.PAYMENT_FAILED, code, now());
			}
			return moved;
		});
	}

	/** The order's one payment: taken now, or the one taken before under the same key. */
	private PaymentClient.Payment takePayment(Order order) {
		return takePayment(this.payments, order);
	}

	static PaymentClient.Payment takePayment(PaymentClient payments, Order order) {
		String token = (order.paymentToken() != null) ? order.paymentToken() : "";
		return payments.pay(order.id(), order.userId(), order.totals().total(), order.paymentGateway(), token);
	}

	private boolean commit(Order order) {
		InventoryClient.Reservation reservation = this.inventory.commit(reservationId(order));
		return decide(() -> {
			this.orders.lock(order.id());
			this.rows.reservation(order.id(), state(reservation.status()), null, List.of());
			if (reservation.status() == ReservationStatus.COMMITTED) {
				return this.rows.advance(order.id(), SagaStep.COMMIT_STOCK, SagaStep.CREATE_SHIPMENT, lease());
			}
			boolean moved = this.rows.advance(order.id(), SagaStep.COMMIT_STOCK, SagaStep.COMPENSATE, lease());
			if (moved) {
				this.orders.changeStatus(order.id(), OrderStatus.CONFIRMED, OrderStatus.CANCELLED,
						"the stock was no longer held when the order was confirmed", now());
			}
			return moved;
		});
	}

	private boolean ship(Order order) {
		if (!Boolean.TRUE.equals(this.transactions.execute((tx) -> this.rows.shipmentRequested(order.id())))) {
			return false;
		}
		ShippingClient.Shipment shipment = createShipment(order);
		return decide(() -> {
			this.orders.lock(order.id());
			this.rows.shipment(order.id(), shipment.id(), shipment.trackingNumber(), shipment.status());
			return this.rows.advance(order.id(), SagaStep.CREATE_SHIPMENT, SagaStep.DONE, now());
		});
	}

	private ShippingClient.Shipment createShipment(Order order) {
		return createShipment(this.shipping, order);
	}

	/** The order's one shipment: created now, or the one created before for the order. */
	static ShippingClient.Shipment createShipment(ShippingClient shipping, Order order) {
		return shipping.create(order.id(), order.shipping().rateId(), order.shippingAddress(), order.number(),
				order.userId());
	}

	/** The order's one reservation: made now, or the one made before for the order. */
	static InventoryClient.Reservation reserve(InventoryClient inventory, Order order, CheckoutProperties properties) {
		List<ReservationLine> lines = order.lines()
			.stream()
			.map((line) -> new ReservationLine(line.sku(), line.quantity()))
			.toList();
		return inventory.reserve(order.id(), lines, (int) properties.reservationTtl().toSeconds());
	}

	/** Gives up a pending order: {@code REJECTED}, then compensated. */
	private void giveUp(UUID id, String reason) {
		inTransaction(() -> {
			Order order = this.orders.lock(id).orElseThrow();
			if (order.status() == OrderStatus.PENDING && SagaStep.valueOf(order.saga().step()).beforeConfirmation()) {
				this.orders.changeStatus(id, OrderStatus.PENDING, OrderStatus.REJECTED, reason, now());
				this.rows.compensate(id, lease());
			}
		});
	}

	private void retryLater(Order order, SagaStep step, String error) {
		Instant now = now();
		log.info("Order {}: step {} failed, tried again later: {}", order.id(), step, error);
		Instant next = now.plus(this.properties.backoff(order.saga().attempts() + 1));
		if (order.status() == OrderStatus.PENDING && step.beforeConfirmation()
				&& next.isAfter(order.saga().deadlineAt())) {
			next = order.saga().deadlineAt();
		}
		Instant nextAt = next;
		Integer attempts = this.transactions.execute((tx) -> this.rows.failed(order.id(), step, error, nextAt));
		if (attempts != null && attempts >= this.properties.maxAttempts() && step.beforeConfirmation()
				&& order.status() == OrderStatus.PENDING) {
			giveUp(order.id(), "checkout could not complete: " + error);
		}
	}

	private static UUID reservationId(Order order) {
		if (order.saga().reservationId() == null) {
			throw new IllegalStateException("Order " + order.id() + " has no reservation to commit");
		}
		return order.saga().reservationId();
	}

	static String state(ReservationStatus status) {
		return switch (status) {
			case HELD -> "HELD";
			case COMMITTED -> "COMMITTED";
			case RELEASED, EXPIRED -> "RELEASED";
		};
	}

	private Instant now() {
		return this.clock.instant();
	}

	private Instant lease() {
		return now().plus(this.properties.lease());
	}

	/** Runs a step's decision in a transaction: whether the saga may go on at once. */
	private boolean decide(Supplier<Boolean> decision) {
		return Boolean.TRUE.equals(this.transactions.execute((tx) -> decision.get()));
	}

	private void inTransaction(Runnable work) {
		this.transactions.executeWithoutResult((tx) -> work.run());
	}

}
