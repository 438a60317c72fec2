package dev.ecommerce.recommendation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.inventory.api.StockLevelChanged;
import dev.ecommerce.platform.test.ServiceHttpTest;
import dev.ecommerce.product.api.Money;
import dev.ecommerce.product.api.ProductArchived;
import dev.ecommerce.product.api.ProductCreated;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.api.VariantPrice;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Base of the tests that call the running service over HTTP, against the test run's
 * PostgreSQL and Kafka. Every test class shares one Spring context and one database, so
 * each test makes its own products and shoppers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.structured.format.console=", "ecommerce.events.relay.poll-interval=100ms" })
public abstract class ServiceIntegrationTest extends ServiceHttpTest {

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	/** Publishes a CloudEvent as the producing service would. */
	protected void publish(String topic, String id, String type, String key, Object data) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json.writeValueAsString(data));
		Map.of("ce_specversion", "1.0", "ce_id", id, "ce_type", type, "ce_source", "/test", "ce_subject", key,
				"ce_time", Instant.now().toString(), "content-type", "application/json")
			.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		try {
			this.kafka.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A new active product of a category, known to the service once this returns; its SKU
	 * is {@code sku(id)}.
	 */
	protected UUID product(String name, @Nullable UUID category) {
		UUID id = UUID.randomUUID();
		return product(id, name, category, sku(id));
	}

	/** A new active product with a given SKU. */
	protected UUID productWithSku(String name, String sku) {
		return product(UUID.randomUUID(), name, null, sku);
	}

	private UUID product(UUID id, String name, @Nullable UUID category, String sku) {
		String event = UUID.randomUUID().toString();
		publish("product.events", event, ProductCreated.TYPE, id.toString(),
				new ProductCreated(id, UUID.randomUUID(), name, null, category, ProductStatus.ACTIVE,
						List.of(new VariantPrice(sku, new Money(499, "GBP"))), 1, Instant.now()));
		awaitHandled(event);
		return id;
	}

	protected static String sku(UUID product) {
		return "SKU-" + product.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}

	protected void archive(UUID product) {
		String event = UUID.randomUUID().toString();
		publish("product.events", event, ProductArchived.TYPE, product.toString(),
				new ProductArchived(product, UUID.randomUUID(), List.of(sku(product)), 2, Instant.now()));
		awaitHandled(event);
	}

	protected void stock(UUID product, int available) {
		String event = UUID.randomUUID().toString();
		publish("inventory.events", event, StockLevelChanged.TYPE, sku(product), new StockLevelChanged(sku(product),
				UUID.randomUUID(), available, 0, available, available, Instant.now()));
		awaitHandled(event);
	}

	/** Publishes an order's confirmation, shaped as the order service's contract says. */
	protected String orderConfirmed(String eventId, UUID orderId, UUID user, UUID... products) {
		List<Map<String, Object>> lines = new java.util.ArrayList<>();
		for (UUID product : products) {
			Map<String, Object> price = Map.of("amount", 499, "currency", "GBP");
			lines.add(Map.of("sku", sku(product), "productId", product.toString(), "name", "x", "quantity", 1,
					"unitPrice", price, "lineTotal", price));
		}
		Map<String, Object> zero = Map.of("amount", 0, "currency", "GBP");
		publish("order.events", eventId, "dev.ecommerce.order.OrderConfirmed.v1", orderId.toString(),
				Map.of("orderId", orderId.toString(), "number", "ORD-1", "userId", user.toString(), "lines", lines,
						"totals",
						Map.of("subtotal", zero, "discount", zero, "shipping", zero, "tax", zero, "total", zero),
						"paymentId", UUID.randomUUID().toString(), "shippingAddress", Map.of("fullName", "A B", "line1",
								"1 Road", "city", "London", "postalCode", "N1", "country", "GB"),
						"at", Instant.now().toString()));
		awaitHandled(eventId);
		return eventId;
	}

	protected void bought(UUID user, UUID... products) {
		orderConfirmed(UUID.randomUUID().toString(), UUID.randomUUID(), user, products);
	}

	/** Waits until a consumer has handled an event. */
	protected void awaitHandled(String eventId) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM handled_event WHERE event_id = ?")
				.param(eventId)
				.query(Long.class)
				.single() > 0);
	}

}
