package dev.ecommerce.order.order;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.order.api.OrderCancelled;
import dev.ecommerce.order.api.OrderConfirmed;
import dev.ecommerce.order.api.OrderDelivered;
import dev.ecommerce.order.api.OrderPaymentFailed;
import dev.ecommerce.order.api.OrderPlaced;
import dev.ecommerce.order.api.OrderRefunded;
import dev.ecommerce.order.api.OrderRejected;
import dev.ecommerce.order.api.OrderShipped;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.events.outbox.Outbox;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Publishes the order's events through the outbox, in the transaction of the change,
 * keyed by the order id.
 */
@Component
public class OrderEvents {

	private final Outbox outbox;

	OrderEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	public void placed(Order order) {
		publish(OrderPlaced.TYPE, order, new OrderPlaced(order.id(), order.number(), order.userId(), order.lines(),
				order.totals(), order.couponCode(), order.shippingAddress(), order.createdAt()));
	}

	public void confirmed(Order order, UUID paymentId, Instant at) {
		publish(OrderConfirmed.TYPE, order,
				new OrderConfirmed(order.id(), order.number(), order.userId(), order.lines(), order.totals(),
						order.couponCode(), paymentId, order.shippingAddress(), order.shipping().rateId(), at));
	}

	public void rejected(Order order, String reason, Instant at) {
		publish(OrderRejected.TYPE, order, new OrderRejected(order.id(), order.number(), order.userId(), reason, at));
	}

	public void paymentFailed(Order order, String failureCode, Instant at) {
		publish(OrderPaymentFailed.TYPE, order,
				new OrderPaymentFailed(order.id(), order.number(), order.userId(), failureCode, at));
	}

	public void cancelled(Order order, String reason, @Nullable Money refunded, Instant at) {
		publish(OrderCancelled.TYPE, order,
				new OrderCancelled(order.id(), order.number(), order.userId(), reason, refunded, at));
	}

	public void shipped(Order order, UUID shipmentId, String trackingNumber, Instant at) {
		publish(OrderShipped.TYPE, order,
				new OrderShipped(order.id(), order.number(), order.userId(), shipmentId, trackingNumber, at));
	}

	public void delivered(Order order, Instant at) {
		publish(OrderDelivered.TYPE, order, new OrderDelivered(order.id(), order.number(), order.userId(), at));
	}

	public void refunded(Order order, UUID paymentId, UUID refundId, Money amount, Instant at) {
		publish(OrderRefunded.TYPE, order,
				new OrderRefunded(order.id(), order.number(), order.userId(), paymentId, refundId, amount, at));
	}

	/** Any other event about an order, such as a return's. */
	public void publish(String type, Order order, Object event) {
		this.outbox.publish(type, order.id().toString(), event);
	}

}
