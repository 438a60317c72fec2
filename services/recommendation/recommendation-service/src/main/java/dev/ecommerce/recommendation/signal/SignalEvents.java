package dev.ecommerce.recommendation.signal;

import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import dev.ecommerce.recommendation.model.Signal;
import dev.ecommerce.user.api.UserDeleted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records purchases ({@code OrderConfirmed}) and cart additions ({@code CartItemAdded}),
 * and erases a deleted user's history ({@code UserDeleted}), each event once.
 */
@Component
class SignalEvents {

	static final String CONSUMER = "recommendation-signals";

	static final String USER_TOPIC = "user.events";

	private final HandledEvents handledEvents;

	private final Interactions interactions;

	private final JsonMapper jsonMapper;

	SignalEvents(HandledEvents handledEvents, Interactions interactions, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.interactions = interactions;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = OrderConfirmed.TOPIC)
	void onOrder(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (OrderConfirmed.TYPE.equals(event.type())) {
			this.handledEvents.handleOnce(CONSUMER, event, () -> {
				OrderConfirmed order = event.dataAs(OrderConfirmed.class);
				for (OrderConfirmed.Line line : order.lines()) {
					this.interactions.record(Shopper.user(order.userId()), line.productId(), line.sku(),
							"order-" + order.orderId(), Signal.PURCHASE, order.at());
				}
			});
		}
	}

	@KafkaListener(topics = CartItemAdded.TOPIC)
	void onCart(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (CartItemAdded.TYPE.equals(event.type())) {
			this.handledEvents.handleOnce(CONSUMER, event, () -> {
				CartItemAdded added = event.dataAs(CartItemAdded.class);
				String shopper = (added.userId() != null) ? Shopper.user(added.userId())
						: Shopper.session((added.sessionId() != null) ? added.sessionId() : added.cartId().toString());
				this.interactions.record(shopper, added.productId(), added.sku(), null, Signal.ADD_TO_CART, added.at());
			});
		}
	}

	@KafkaListener(topics = USER_TOPIC)
	void onUser(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (UserDeleted.TYPE.equals(event.type())) {
			this.handledEvents.handleOnce(CONSUMER, event,
					() -> this.interactions.forget(event.dataAs(UserDeleted.class).userId()));
		}
	}

}
