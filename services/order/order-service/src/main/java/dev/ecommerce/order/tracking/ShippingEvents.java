package dev.ecommerce.order.tracking;

import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows the shipments of orders from the shipping service's events, each event once.
 */
@Component
class ShippingEvents {

	/** The name under which this consumer records the events it has handled. */
	static final String CONSUMER = "order-tracking";

	static final String TOPIC = "shipping.events";

	private final HandledEvents handledEvents;

	private final Tracking tracking;

	private final JsonMapper jsonMapper;

	ShippingEvents(HandledEvents handledEvents, Tracking tracking, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.tracking = tracking;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (ShipmentStatusChanged.TYPE.equals(event.type())) {
			this.handledEvents.handleOnce(CONSUMER, event,
					() -> this.tracking.statusChanged(event.dataAs(ShipmentStatusChanged.class)));
		}
		else if (ShipmentCreated.TYPE.equals(event.type())) {
			this.handledEvents.handleOnce(CONSUMER, event,
					() -> this.tracking.created(event.dataAs(ShipmentCreated.class)));
		}
	}

}
