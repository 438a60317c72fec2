package dev.ecommerce.recommendation.catalog;

import dev.ecommerce.inventory.api.StockLevelChanged;
import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what can be sold of each SKU from the inventory service's events, each event
 * once.
 */
@Component
class StockEvents {

	static final String CONSUMER = "recommendation-stock";

	private final HandledEvents handledEvents;

	private final Catalog catalog;

	private final JsonMapper jsonMapper;

	StockEvents(HandledEvents handledEvents, Catalog catalog, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.catalog = catalog;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = StockLevelChanged.TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (StockLevelChanged.TYPE.equals(event.type())) {
			this.handledEvents.handleOnce(CONSUMER, event, () -> {
				StockLevelChanged changed = event.dataAs(StockLevelChanged.class);
				this.catalog.stock(changed.sku(), changed.totalAvailable(), changed.at());
			});
		}
	}

}
