package dev.ecommerce.product.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.platform.test.TestTokens.Token;
import dev.ecommerce.product.Api;
import dev.ecommerce.product.Broker;
import dev.ecommerce.product.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.product.ProductMother.money;
import static dev.ecommerce.product.ProductMother.product;
import static dev.ecommerce.product.ProductMother.variants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProductEventsIntegrationTests extends ServiceIntegrationTest {

	private final Token seller = TestTokens.seller();

	private Broker.Reader events;

	@BeforeEach
	void listen() {
		this.events = new Broker.Reader("product.events");
	}

	@AfterEach
	void stopListening() {
		this.events.close();
	}

	@Test
	void creatingAProductPublishesProductCreatedKeyedByItsId() {
		Map<String, Object> request = product("Evented Teapot", 1250);
		String sku = (String) variants(request).get(0).get("sku");
		JsonNode product = this.api.post("/products", request, this.seller).json();
		String id = product.path("id").asString();

		ConsumerRecord<String, byte[]> created = awaitEvents(id, 1).get(0);

		assertThat(Broker.header(created, "ce_type")).isEqualTo("dev.ecommerce.product.ProductCreated.v1");
		assertThat(Broker.header(created, "ce_source")).isEqualTo("/product-service");
		assertThat(Broker.header(created, "ce_subject")).isEqualTo(id);
		assertThat(Broker.header(created, "ce_id")).isNotBlank();
		JsonNode data = Api.json.readTree(created.value());
		assertThat(data.path("productId").asString()).isEqualTo(id);
		assertThat(data.path("sellerId").asString()).isEqualTo(this.seller.userId().toString());
		assertThat(data.path("name").asString()).isEqualTo("Evented Teapot");
		assertThat(data.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(data.path("version").asLong()).isZero();
		assertThat(data.at("/variants/0/sku").asString()).isEqualTo(sku);
		assertThat(data.at("/variants/0/price/amount").asLong()).isEqualTo(1250);
		assertThat(data.at("/variants/0/price/currency").asString()).isEqualTo("GBP");
	}

	@Test
	void changesPublishProductUpdatedWithTheNewPricesAndDeletingPublishesProductArchived() {
		JsonNode product = this.api.post("/products", product("Evented Kettle", 3000), this.seller).json();
		String id = product.path("id").asString();
		String sku = product.at("/variants/0/sku").asString();
		Map<String, Object> cheaper = Map.of("variants",
				List.of(Map.of("sku", sku, "price", money(2500)), Map.of("sku", sku + "-XL", "price", money(3500))));

		assertThat(this.api.patch("/products/" + id, Map.of("name", ""), this.seller).status()).as("refused")
			.isEqualTo(400);
		assertThat(this.api.patch("/products/" + id, cheaper, this.seller).status()).isEqualTo(200);
		assertThat(this.api.delete("/products/" + id, this.seller).status()).isEqualTo(204);

		List<ConsumerRecord<String, byte[]>> events = awaitEvents(id, 3);
		assertThat(events).extracting((event) -> Broker.header(event, "ce_type"))
			.as("nothing for the refused change, and in order")
			.containsExactly("dev.ecommerce.product.ProductCreated.v1", "dev.ecommerce.product.ProductUpdated.v1",
					"dev.ecommerce.product.ProductArchived.v1");
		JsonNode updated = Api.json.readTree(events.get(1).value());
		assertThat(updated.path("version").asLong()).isEqualTo(1);
		assertThat(updated.path("variants").values()).extracting((variant) -> variant.at("/price/amount").asLong())
			.containsExactly(2500L, 3500L);
		JsonNode archived = Api.json.readTree(events.get(2).value());
		assertThat(archived.path("version").asLong()).isEqualTo(2);
		assertThat(archived.path("skus").values()).extracting(JsonNode::asString).containsExactly(sku, sku + "-XL");
	}

	private List<ConsumerRecord<String, byte[]>> awaitEvents(String key, int count) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.events.withKey(key), (received) -> received.size() >= count);
	}

}
