package dev.ecommerce.inventory.ownership;

import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import dev.ecommerce.product.api.ProductCreated;
import dev.ecommerce.product.api.ProductUpdated;
import dev.ecommerce.product.api.VariantPrice;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the owner of each SKU from the product service's events, each event once. An
 * archived product keeps its SKUs (a SKU belongs to one product for good), so
 * {@code ProductArchived} changes nothing here.
 */
@Component
class ProductEvents {

	/** The name under which this consumer records the events it has handled. */
	static final String CONSUMER = "inventory-sku-ownership";

	static final String TOPIC = "product.events";

	private final HandledEvents handledEvents;

	private final SkuOwners owners;

	private final JsonMapper jsonMapper;

	ProductEvents(HandledEvents handledEvents, SkuOwners owners, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.owners = owners;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (ProductCreated.TYPE.equals(event.type())) {
			this.handledEvents.handleOnce(CONSUMER, event, () -> {
				ProductCreated created = event.dataAs(ProductCreated.class);
				this.owners.record(created.productId(), created.sellerId(), created.version(),
						created.variants().stream().map(VariantPrice::sku).toList());
			});
		}
		else if (ProductUpdated.TYPE.equals(event.type())) {
			this.handledEvents.handleOnce(CONSUMER, event, () -> {
				ProductUpdated updated = event.dataAs(ProductUpdated.class);
				this.owners.record(updated.productId(), updated.sellerId(), updated.version(),
						updated.variants().stream().map(VariantPrice::sku).toList());
			});
		}
	}

}
