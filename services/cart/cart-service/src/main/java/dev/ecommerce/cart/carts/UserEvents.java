package dev.ecommerce.cart.carts;

import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import dev.ecommerce.user.api.UserDeleted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A user who closes the account takes its cart along (its lines, coupon and destination
 * are the user's data), each event once.
 */
@Component
class UserEvents {

	static final String CONSUMER = "cart-user-erasure";

	private final HandledEvents handledEvents;

	private final Carts carts;

	private final JsonMapper jsonMapper;

	UserEvents(HandledEvents handledEvents, Carts carts, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.carts = carts;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = "user.events")
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (UserDeleted.TYPE.equals(event.type())) {
			UserDeleted deleted = event.dataAs(UserDeleted.class);
			this.handledEvents.handleOnce(CONSUMER, event, () -> this.carts.deleteOfUser(deleted.userId()));
		}
	}

}
