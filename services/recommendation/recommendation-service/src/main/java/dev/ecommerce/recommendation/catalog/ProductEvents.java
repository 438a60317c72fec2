package dev.ecommerce.recommendation.catalog;

import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import dev.ecommerce.product.api.ProductArchived;
import dev.ecommerce.product.api.ProductCreated;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.api.ProductUpdated;
import dev.ecommerce.product.api.VariantPrice;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalog's copy from the product service's events, each event once; an older
 * version than the one kept changes nothing.
 */
@Component
class ProductEvents {

	static final String CONSUMER = "recommendation-catalog";

	static final String TOPIC = "product.events";

	private final HandledEvents handledEvents;

	private final Catalog catalog;

	private final JsonMapper jsonMapper;

	ProductEvents(HandledEvents handledEvents, Catalog catalog, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.catalog = catalog;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		switch (event.type()) {
			case ProductCreated.TYPE -> this.handledEvents.handleOnce(CONSUMER, event, () -> {
				ProductCreated created = event.dataAs(ProductCreated.class);
				this.catalog.record(created.productId(), created.name(), created.categoryId(),
						created.status() == ProductStatus.ACTIVE, created.version(),
						created.variants().stream().map(VariantPrice::sku).toList());
			});
			case ProductUpdated.TYPE -> this.handledEvents.handleOnce(CONSUMER, event, () -> {
				ProductUpdated updated = event.dataAs(ProductUpdated.class);
				this.catalog.record(updated.productId(), updated.name(), updated.categoryId(),
						updated.status() == ProductStatus.ACTIVE, updated.version(),
						updated.variants().stream().map(VariantPrice::sku).toList());
			});
			case ProductArchived.TYPE -> this.handledEvents.handleOnce(CONSUMER, event, () -> {
				ProductArchived archived = event.dataAs(ProductArchived.class);
				this.catalog.archive(archived.productId(), archived.version());
			});
			default -> {
			}
		}
	}

}
