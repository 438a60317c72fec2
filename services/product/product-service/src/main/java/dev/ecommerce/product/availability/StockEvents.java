package dev.ecommerce.product.availability;

import dev.ecommerce.inventory.api.StockLevelChanged;
import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the stock flags from the inventory service's events, each event once.
 */
@Component
class StockEvents {

	/** The name under which this consumer records the events it has handled. */
	static final String CONSUMER = "product-availability";

	private final HandledEvents handledEvents;

	private final StockLevels stockLevels;

	private final JsonMapper jsonMapper;

	StockEvents(HandledEvents handledEvents, StockLevels stockLevels, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.stockLevels = stockLevels;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = StockLevelChanged.TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (StockLevelChanged.TYPE.equals(event.type())) {
			this.handledEvents.handleOnce(CONSUMER, event,
					() -> this.stockLevels.record(event.dataAs(StockLevelChanged.class)));
		}
	}

}
