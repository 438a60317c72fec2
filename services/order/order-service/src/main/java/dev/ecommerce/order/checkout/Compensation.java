package dev.ecommerce.order.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import dev.ecommerce.inventory.api.Allocation;
import dev.ecommerce.order.order.Order;
import dev.ecommerce.order.order.OrderEvents;
import dev.ecommerce.order.order.Orders;
import dev.ecommerce.order.peers.InventoryClient;
import dev.ecommerce.order.peers.PaymentClient;
import dev.ecommerce.order.peers.ShippingClient;
import dev.ecommerce.platform.api.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The saga's compensation (ADR 12): whatever the checkout did is undone, each part once
 * however often this runs, and a part whose peer's answer was never recorded is first
 * asked again with the same key to learn what it did.
 */
@Component
class Compensation {

	private static final Logger log = LoggerFactory.getLogger(Compensation.class);

	private final Orders orders;

	private final SagaRows rows;

	private final OrderEvents events;

	private final InventoryClient inventory;

	private final PaymentClient payments;

	private final ShippingClient shipping;

	private final CheckoutProperties properties;

	private final TransactionOperations transactions;

	private final Clock clock;

	Compensation(Orders orders, SagaRows rows, OrderEvents events, InventoryClient inventory, PaymentClient payments,
			ShippingClient shipping, CheckoutProperties properties, TransactionOperations transactions, Clock clock) {
		this.orders = orders;
		this.rows = rows;
		this.events = events;
		this.inventory = inventory;
		this.payments = payments;
		this.shipping = shipping;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Undoes what was done, each part once however often this runs: the shipment voided,
	 * the stock released (or put back if it had left), the payment refunded; then the
	 * saga ends with the event of the order's outcome.
	 */
	boolean run(Order order) {
		Order.Saga saga = order.saga();
		if ("REQUESTED".equals(saga.shipmentState()) || "CREATED".equals(saga.shipmentState())) {
			UUID shipmentId = (saga.shipmentId() != null) ? saga.shipmentId()
					: CheckoutSaga.createShipment(this.shipping, order).id();
			this.shipping.cancel(shipmentId);
			inTransaction(() -> this.rows.shipmentVoided(order.id()));
		}
		// the stock first: it does not depend on the payment service being up
		returnStock(order);
		refundPayment(order);
		return decide(() -> {
			Order current = this.orders.lock(order.id()).orElseThrow();
			if (!this.rows.advance(order.id(), SagaStep.COMPENSATE, SagaStep.DONE, now())) {
				return false;
			}
			String reason = reasonOf(current);
			switch (current.status()) {
				case REJECTED -> this.events.rejected(current, reason, now());
				case PAYMENT_FAILED -> this.events.paymentFailed(current,
						(current.saga().failureCode() != null) ? current.saga().failureCode() : reason, now());
				case CANCELLED -> this.events.cancelled(current, reason,
						current.saga().refunded() > 0 ? current.refunded() : null, now());
				default -> log.warn("Order {} compensated in status {}", current.id(), current.status());
			}
			return false;
		});
	}

	private void refundPayment(Order order) {
		Order.Saga saga = order.saga();
		String status = saga.paymentStatus();
		UUID paymentId = saga.paymentId();
		if ("REQUESTED".equals(status)) {
			// asked, answer unknown: the same key answers the one payment, if any was
			// taken
			PaymentClient.Payment payment = CheckoutSaga.takePayment(this.payments, order);
			inTransaction(() -> this.rows.payment(order.id(), payment.id(), payment.status(), payment.failureCode()));
			status = payment.status();
			paymentId = payment.id();
		}
		long owed = order.totals().total().amount() - saga.refunded();
		if ("SUCCEEDED".equals(status) && paymentId != null && owed > 0) {
			UUID payment = paymentId;
			UUID refundId = this.payments.refund(payment, Money.of(owed, order.currency()),
					"order " + order.number() + " " + order.status().name().toLowerCase(Locale.ROOT),
					"order-" + order.id() + "-refund");
			inTransaction(() -> {
				Order current = this.orders.lock(order.id()).orElseThrow();
				if (this.rows.refunded(order.id(), refundId, owed)) {
					this.events.refunded(current, payment, refundId, Money.of(owed, order.currency()), now());
				}
			});
		}
	}

	private void returnStock(Order order) {
		Order.Saga saga = order.saga();
		String state = saga.reservationState();
		UUID reservationId = saga.reservationId();
		if ("REQUESTED".equals(state)) {
			// asked, answer unknown: the same order answers the one reservation, if any
			InventoryClient.Reservation reservation = CheckoutSaga.reserve(this.inventory, order, this.properties);
			String known = reservation.outOfStock() ? "OUT_OF_STOCK" : CheckoutSaga.state(reservation.status());
			inTransaction(() -> this.rows.reservation(order.id(), known, reservation.id(), reservation.allocations()));
			state = known;
			reservationId = reservation.id();
		}
		if ("HELD".equals(state) && reservationId != null) {
			InventoryClient.Reservation released = this.inventory.release(reservationId);
			String after = CheckoutSaga.state(released.status());
			inTransaction(() -> this.rows.reservation(order.id(), after, null, List.of()));
			state = after;
		}
		if ("COMMITTED".equals(state)) {
			for (Allocation allocation : this.rows.allocations(order.id())) {
				this.inventory.restock(allocation.storeId(), allocation.sku(), allocation.quantity(),
						"order " + order.number() + " " + order.status().name().toLowerCase(Locale.ROOT),
						"order-" + order.id() + "-restock-" + allocation.sku() + "-" + allocation.storeId());
			}
			inTransaction(() -> this.rows.reservation(order.id(), "RESTOCKED", null, List.of()));
		}
	}

	private static String reasonOf(Order order) {
		for (int i = order.history().size() - 1; i >= 0; i--) {
			if (order.history().get(i).status() == order.status() && order.history().get(i).reason() != null) {
				return order.history().get(i).reason();
			}
		}
		return order.status().name().toLowerCase(Locale.ROOT);
	}

	private Instant now() {
		return this.clock.instant();
	}

	private boolean decide(Supplier<Boolean> decision) {
		return Boolean.TRUE.equals(this.transactions.execute((tx) -> decision.get()));
	}

	private void inTransaction(Runnable work) {
		this.transactions.executeWithoutResult((tx) -> work.run());
	}

}
