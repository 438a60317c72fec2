package dev.ecommerce.cart.carts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.ecommerce.cart.coupon.CouponDirectory;
import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What a confirmed order means here, each event once: its coupon was used once more, and
 * what it bought leaves the buyer's cart (the checkout hand-off; an order that fails
 * leaves the cart as it was, since only confirmation is heard).
 */
@Component
class OrderEvents {

	static final String COUPON_USES = "cart-coupon-uses";

	static final String CHECKOUT = "cart-checkout";

	private static final java.util.Set<String> ENDED_UNPAID = java.util.Set.of("dev.ecommerce.order.OrderRejected.v1",
			"dev.ecommerce.order.OrderPaymentFailed.v1", "dev.ecommerce.order.OrderCancelled.v1");

	private final HandledEvents handledEvents;

	private final CouponDirectory coupons;

	private final Carts carts;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	OrderEvents(HandledEvents handledEvents, CouponDirectory coupons, Carts carts, JsonMapper jsonMapper, Clock clock) {
		this.handledEvents = handledEvents;
		this.coupons = coupons;
		this.carts = carts;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	@KafkaListener(topics = "order.events")
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (ENDED_UNPAID.contains(event.type())) {
			// the order failed before confirmation: its coupon hold, if any, is free
			// again
			OrderEnded ended = event.dataAs(OrderEnded.class);
			this.handledEvents.handleOnce(COUPON_USES, event, () -> this.coupons.release(ended.orderId()));
			return;
		}
		if (!OrderConfirmed.TYPE.equals(event.type())) {
			return;
		}
		OrderConfirmed order = event.dataAs(OrderConfirmed.class);
		Instant at = (order.at() != null) ? order.at() : this.clock.instant();
		if (order.couponCode() != null && !order.couponCode().isBlank()) {
			this.handledEvents.handleOnce(COUPON_USES, event,
					() -> this.coupons.recordUse(order.orderId(), order.couponCode(), at));
		}
		this.handledEvents.handleOnce(CHECKOUT, event, () -> emptyCart(order));
	}

	/** An order that ended without confirmation (tolerant reader: its id only). */
	record OrderEnded(java.util.UUID orderId) {

	}

	private void emptyCart(OrderConfirmed order) {
		if (order.lines() == null || order.lines().isEmpty()) {
			return;
		}
		Optional<Cart> cart = (order.cartId() != null)
				? this.carts.lock(order.cartId()).filter((c) -> c.userId() == null || c.userId().equals(order.userId()))
				: (order.userId() != null) ? this.carts.lockOfUser(order.userId()) : Optional.empty();
		Map<String, Integer> ordered = new LinkedHashMap<>();
		order.lines().forEach((line) -> ordered.merge(line.sku(), line.quantity(), Integer::sum));
		cart.ifPresent((c) -> {
			if (c.removeOrdered(ordered, this.clock.instant().truncatedTo(ChronoUnit.MICROS))) {
				this.carts.update(c);
			}
		});
	}

}
