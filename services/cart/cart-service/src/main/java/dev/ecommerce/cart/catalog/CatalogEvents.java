package dev.ecommerce.cart.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.inventory.api.StockLevelChanged;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import dev.ecommerce.product.api.ProductArchived;
import dev.ecommerce.product.api.ProductCreated;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.api.ProductUpdated;
import dev.ecommerce.product.api.VariantPrice;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the cached prices and availability fresh from the product and inventory services'
 * events, each event once. An older product version than the one recorded, or an older
 * stock reading, is ignored.
 */
@Component
class CatalogEvents {

	static final String PRICES = "cart-catalog-prices";

	static final String STOCK = "cart-catalog-stock";

	private final HandledEvents handledEvents;

	private final CatalogRows rows;

	private final JsonMapper jsonMapper;

	CatalogEvents(HandledEvents handledEvents, CatalogRows rows, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.rows = rows;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = "product.events")
	void onProduct(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		switch (event.type()) {
			case ProductCreated.TYPE -> this.handledEvents.handleOnce(PRICES, event, () -> {
				ProductCreated created = event.dataAs(ProductCreated.class);
				save(created.productId(), created.sellerId(), created.name(), created.status(), created.variants(),
						created.version(), created.at());
			});
			case ProductUpdated.TYPE -> this.handledEvents.handleOnce(PRICES, event, () -> {
				ProductUpdated updated = event.dataAs(ProductUpdated.class);
				save(updated.productId(), updated.sellerId(), updated.name(), updated.status(), updated.variants(),
						updated.version(), updated.at());
			});
			case ProductArchived.TYPE -> this.handledEvents.handleOnce(PRICES, event, () -> {
				ProductArchived archived = event.dataAs(ProductArchived.class);
				this.rows.archive(archived.productId(), archived.skus(), archived.version());
			});
			default -> {
				// not about prices
			}
		}
	}

	@KafkaListener(topics = StockLevelChanged.TOPIC)
	void onStock(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (StockLevelChanged.TYPE.equals(event.type())) {
			this.handledEvents.handleOnce(STOCK, event, () -> {
				StockLevelChanged changed = event.dataAs(StockLevelChanged.class);
				this.rows.saveStock(changed.sku(), changed.totalAvailable(), changed.at());
			});
		}
	}

	private void save(UUID productId, UUID sellerId, String name, @Nullable ProductStatus status,
			List<VariantPrice> variants, long version, Instant at) {
		for (VariantPrice variant : variants) {
			this.rows.saveProduct(variant.sku(), productId, sellerId, name,
					Money.of(variant.price().amount(), variant.price().currency()), status == ProductStatus.ACTIVE,
					version, at);
		}
	}

}
