package dev.ecommerce.product.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.inventory.api.StockLevelChanged;
import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.product.Api;
import dev.ecommerce.product.Broker;
import dev.ecommerce.product.ServiceIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.ecommerce.product.ProductMother.newSku;
import static dev.ecommerce.product.ProductMother.product;
import static dev.ecommerce.product.ProductMother.variant;
import static dev.ecommerce.product.ProductMother.variants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stock flags kept from the inventory service's {@code StockLevelChanged} events, which
 * the tests publish themselves as the inventory service will.
 */
class AvailabilityIntegrationTests extends ServiceIntegrationTest {

	private static final Instant T0 = Instant.parse("2030-01-01T10:00:00Z");

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aVariantIsInStockWhileInventorySaysSomeIsAvailable() throws Exception {
		Map<String, Object> request = product("Stocked Lantern " + UUID.randomUUID(), 900);
		String sku = (String) variants(request).get(0).get("sku");
		String other = newSku();
		variants(request).add(variant(other, 1900));
		String id = this.api.post("/products", request, TestTokens.seller()).json().path("id").asString();

		publish(UUID.randomUUID().toString(), new StockLevelChanged(sku, UUID.randomUUID(), 4, 1, 3, 3, T0));

		await().atMost(Duration.ofSeconds(30)).until(() -> read(id).path("inStock").asBoolean());
		JsonNode product = read(id);
		assertThat(product.at("/variants/0/inStock").asBoolean()).isTrue();
		assertThat(product.at("/variants/1/inStock").asBoolean()).isFalse();
		assertThat(this.api.get("/products/search?inStock=true&q=" + Api.encode(request.get("name").toString()))
			.each("/items", "/id")).containsExactly(id);

		publish(UUID.randomUUID().toString(),
				new StockLevelChanged(sku, UUID.randomUUID(), 1, 1, 0, 0, T0.plusSeconds(60)));

		await().atMost(Duration.ofSeconds(30)).until(() -> !read(id).path("inStock").asBoolean());
		assertThat(this.api.get("/products/search?inStock=true&q=" + Api.encode(request.get("name").toString()))
			.each("/items", "/id")).isEmpty();
	}

	@Test
	void aChangeThatLeavesAProductInStockDoesNotRewriteIt() throws Exception {
		Map<String, Object> request = product("Steady Lantern " + UUID.randomUUID(), 900);
		String sku = (String) variants(request).get(0).get("sku");
		String id = this.api.post("/products", request, TestTokens.seller()).json().path("id").asString();
		publish(UUID.randomUUID().toString(), new StockLevelChanged(sku, UUID.randomUUID(), 4, 0, 4, 4, T0));
		await().atMost(Duration.ofSeconds(30)).until(() -> read(id).path("inStock").asBoolean());
		String written = rowVersion(id);

		String marker = UUID.randomUUID().toString();
		publish(marker, new StockLevelChanged(sku, UUID.randomUUID(), 3, 1, 3, 3, T0.plusSeconds(60)));
		await().atMost(Duration.ofSeconds(30)).until(() -> handled(marker));

		assertThat(available(sku)).isEqualTo(3);
		assertThat(rowVersion(id)).as("the product row was not written again").isEqualTo(written);
		assertThat(read(id).path("inStock").asBoolean()).isTrue();
	}

	/** The row version PostgreSQL gives every write of a row. */
	private String rowVersion(String productId) {
		return this.jdbc.sql("SELECT xmin::text FROM product WHERE id = ?")
			.param(UUID.fromString(productId))
			.query(String.class)
			.single();
	}

	@Test
	void anEventDeliveredTwiceHasItsEffectOnce() throws Exception {
		String sku = newSku();
		String eventId = UUID.randomUUID().toString();
		publish(eventId, new StockLevelChanged(sku, UUID.randomUUID(), 5, 0, 5, 5, T0));
		await().atMost(Duration.ofSeconds(30)).until(() -> available(sku) != null);

		// the same event id again, this time saying something else: a redelivery is not
		// applied
		publish(eventId, new StockLevelChanged(sku, UUID.randomUUID(), 0, 0, 0, 0, T0.plusSeconds(30)));
		String marker = UUID.randomUUID().toString();
		publish(marker, new StockLevelChanged(sku, UUID.randomUUID(), 9, 0, 9, 9, T0.minusSeconds(30)));
		await().atMost(Duration.ofSeconds(30)).until(() -> handled(marker));

		assertThat(available(sku)).as("neither the repeat nor the older marker changed it").isEqualTo(5);
		assertThat(this.jdbc.sql("SELECT count(*) FROM handled_event WHERE consumer = ? AND event_id = ?")
			.params(StockEvents.CONSUMER, eventId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anEventForASkuNotInTheCatalogYetCountsOnceTheProductArrives() throws Exception {
		String sku = newSku();
		publish(UUID.randomUUID().toString(), new StockLevelChanged(sku, UUID.randomUUID(), 2, 0, 2, 2, T0));
		await().atMost(Duration.ofSeconds(30)).until(() -> available(sku) != null);

		Map<String, Object> request = product("Late Listed Vase", 700);
		variants(request).get(0).put("sku", sku);
		JsonNode created = this.api.post("/products", request, TestTokens.seller()).json();

		assertThat(created.path("inStock").asBoolean()).isTrue();
		assertThat(created.at("/variants/0/inStock").asBoolean()).isTrue();
	}

	@Test
	void recordsThatAreNotCloudEventsOrOfOtherTypesDoNotStopTheFlags() throws Exception {
		String sku = newSku();
		Broker.send(StockLevelChanged.TOPIC, sku, Map.of(), "not an event".getBytes());
		Map<String, @Nullable String> otherType = headers(UUID.randomUUID().toString(),
				"dev.ecommerce.inventory.StoreOpened.v1", sku);
		Broker.send(StockLevelChanged.TOPIC, sku, otherType, "{}".getBytes());
		publish(UUID.randomUUID().toString(), new StockLevelChanged(sku, UUID.randomUUID(), 1, 0, 1, 1, T0));

		await().atMost(Duration.ofSeconds(30)).until(() -> available(sku) != null);
		assertThat(available(sku)).isEqualTo(1);
	}

	private JsonNode read(String id) {
		return this.api.get("/products/" + id).json();
	}

	private @Nullable Integer available(String sku) {
		return this.jdbc.sql("SELECT available FROM stock_level WHERE sku = ?")
			.param(sku)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private boolean handled(String eventId) {
		return this.jdbc.sql("SELECT count(*) FROM handled_event WHERE consumer = ? AND event_id = ?")
			.params(StockEvents.CONSUMER, eventId)
			.query(Long.class)
			.single() == 1;
	}

	private static void publish(String eventId, StockLevelChanged change) throws Exception {
		Broker.send(StockLevelChanged.TOPIC, change.sku(), headers(eventId, StockLevelChanged.TYPE, change.sku()),
				Api.json.writeValueAsBytes(change));
	}

	private static Map<String, @Nullable String> headers(String id, String type, String subject) {
		Map<String, @Nullable String> headers = new HashMap<>();
		headers.put("ce_specversion", "1.0");
		headers.put("ce_id", id);
		headers.put("ce_type", type);
		headers.put("ce_source", "/inventory-service");
		headers.put("ce_subject", subject);
		headers.put("ce_time", Instant.now().toString());
		headers.put("content-type", "application/json");
		return headers;
	}

}
