package dev.ecommerce.inventory.ownership;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.inventory.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.product.api.Money;
import dev.ecommerce.product.api.ProductCreated;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.api.ProductUpdated;
import dev.ecommerce.product.api.VariantPrice;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import static dev.ecommerce.inventory.InventoryMother.newSku;
import static dev.ecommerce.inventory.InventoryMother.warehouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sellers manage the stock of the SKUs the product service's events say are theirs.
 */
class SkuOwnershipIntegrationTests extends ServiceIntegrationTest {

	private static final Instant T0 = Instant.parse("2030-01-01T10:00:00Z");

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Test
	void aSellerStocksItsOwnSkusButNotAnotherSellers() throws Exception {
		TestTokens.Token seller = TestTokens.seller();
		TestTokens.Token other = TestTokens.seller();
		String sku = newSku();
		String store = post("/stores", TestTokens.admin(), warehouse()).json().path("id").asString();
		assertThat(put("/stores/" + store + "/stock/" + sku, seller, Map.of("onHand", 5)).status()).as("unknown SKU")
			.isEqualTo(404);

		UUID productId = UUID.randomUUID();
		publish(UUID.randomUUID().toString(), ProductCreated.TYPE, productId,
				new ProductCreated(productId, seller.userId(), "Lamp", null, null, ProductStatus.ACTIVE,
						List.of(new VariantPrice(sku, new Money(100, "GBP"))), 1, T0));
		await().atMost(Duration.ofSeconds(30)).until(() -> owner(sku) != null);

		Reply own = put("/stores/" + store + "/stock/" + sku, seller, Map.of("onHand", 5));
		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		assertThat(own.json().path("onHand").asInt()).isEqualTo(5);
		Reply others = put("/stores/" + store + "/stock/" + sku, other, Map.of("onHand", 1));
		assertThat(others.status()).isEqualTo(404);
		assertThat(post("/stores/" + store + "/stock/" + sku + "/adjustments", other,
				Map.of("delta", -1, "reason", "WRITE_OFF"))
			.status()).isEqualTo(404);
		assertThat(get("/stores/" + store + "/stock", seller).json().findValuesAsString("sku")).containsExactly(sku);
		assertThat(get("/stores/" + store + "/stock", other).json().path("items")).isEmpty();
		assertThat(
				get("/stores/" + store + "/stock/" + sku + "/movements", seller).json().at("/items/0/quantity").asInt())
			.isEqualTo(5);
		assertThat(get("/stores/" + store + "/stock/" + sku + "/movements", other).status()).isEqualTo(404);
		Reply level = get("/stores/" + store + "/stock/" + sku, seller);
		assertThat(level.status()).as(level.toString()).isEqualTo(200);
		assertThat(level.json().path("onHand").asInt()).isEqualTo(5);
		assertThat(level.json().path("reserved").asInt()).isZero();
		assertThat(get("/stores/" + store + "/stock/" + sku, other).status()).isEqualTo(404);
		assertThat(get("/stores/" + UUID.randomUUID() + "/stock/" + sku, seller).status()).isEqualTo(404);
		assertThat(get("/stores/" + store + "/stock/", TestTokens.customer()).status()).isIn(403, 404);
	}

	@Test
	void aLaterProductVersionMovesTheSkuAndAnOlderOrRepeatedEventDoesNot() throws Exception {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		String sku = newSku();
		UUID productId = UUID.randomUUID();
		List<VariantPrice> variants = List.of(new VariantPrice(sku, new Money(100, "GBP")));
		String eventId = UUID.randomUUID().toString();
		publish(eventId, ProductCreated.TYPE, productId,
				new ProductCreated(productId, first, "Lamp", null, null, ProductStatus.ACTIVE, variants, 1, T0));
		await().atMost(Duration.ofSeconds(30)).until(() -> first.equals(owner(sku)));

		publish(UUID.randomUUID().toString(), ProductUpdated.TYPE, productId,
				new ProductUpdated(productId, second, "Lamp", null, null, ProductStatus.ACTIVE, variants, 3, T0));
		await().atMost(Duration.ofSeconds(30)).until(() -> second.equals(owner(sku)));

		String older = UUID.randomUUID().toString();
		publish(older, ProductUpdated.TYPE, productId,
				new ProductUpdated(productId, first, "Lamp", null, null, ProductStatus.ACTIVE, variants, 2, T0));
		publish(eventId, ProductCreated.TYPE, productId,
				new ProductCreated(productId, first, "Lamp", null, null, ProductStatus.ACTIVE, variants, 4, T0));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM handled_event WHERE event_id = ?")
				.param(older)
				.query(Long.class)
				.single() == 1);

		assertThat(owner(sku)).as("neither the older version nor the redelivery changed it").isEqualTo(second);
	}

	private UUID owner(String sku) {
		return this.jdbc.sql("SELECT seller_id FROM sku_owner WHERE sku = ?")
			.param(sku)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	private void publish(String id, String type, UUID productId, Object data) throws Exception {
		ProducerRecord<String, String> record = new ProducerRecord<>(ProductEvents.TOPIC, productId.toString(),
				json.writeValueAsString(data));
		Map.of("ce_specversion", "1.0", "ce_id", id, "ce_type", type, "ce_source", "/product-service", "ce_subject",
				productId.toString(), "ce_time", Instant.now().toString(), "content-type", "application/json")
			.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		this.kafka.send(record).get();
	}

}
