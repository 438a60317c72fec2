package dev.ecommerce.notification.events;

import dev.ecommerce.inventory.api.LowStockDetected;
import dev.ecommerce.notification.dispatch.Dispatcher;
import dev.ecommerce.notification.dispatch.Kind;
import dev.ecommerce.notification.dispatch.Message;
import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Warns the SKU's seller and the admins when stock runs low. */
@Component
class StockEvents {

	static final String CONSUMER = "notification-stock";

	private final HandledEvents handledEvents;

	private final Dispatcher dispatcher;

	private final JsonMapper jsonMapper;

	StockEvents(HandledEvents handledEvents, Dispatcher dispatcher, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.dispatcher = dispatcher;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = "inventory.events")
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (!LowStockDetected.TYPE.equals(event.type())) {
			return;
		}
		this.handledEvents.handleOnce(CONSUMER, event, () -> {
			LowStockDetected low = event.dataAs(LowStockDetected.class);
			var model = Message.model("sku", low.sku(), "storeId", low.storeId(), "available", low.available(),
					"threshold", low.threshold(), "alertId", low.alertId());
			if (low.sellerId() != null) {
				this.dispatcher.dispatch(new Message(event.id(), Kind.LOW_STOCK, low.sellerId(), model));
			}
			for (var admin : this.dispatcher.admins()) {
				this.dispatcher.dispatch(new Message(event.id(), Kind.LOW_STOCK, admin, model));
			}
		});
	}

}
