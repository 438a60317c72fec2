package dev.ecommerce.cart;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.ecommerce.platform.test.ServiceHttpTest;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Base of the tests that call the running service over HTTP, against the test run's
 * PostgreSQL and Kafka, with the product, inventory and shipping services played by one
 * WireMock server. Every test class shares one Spring context and one database, so each
 * test makes its own SKUs, users and coupons.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.structured.format.console=", "ecommerce.events.relay.poll-interval=100ms" })
public abstract class ServiceIntegrationTest extends ServiceHttpTest {

	protected static final WireMockServer peers = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		peers.start();
	}

	@DynamicPropertySource
	static void peerUrls(DynamicPropertyRegistry registry) {
		for (String service : new String[] { "product", "inventory", "shipping" }) {
			registry.add("ecommerce.clients." + service + ".url", peers::baseUrl);
		}
	}

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	/**
	 * Lets the product and inventory services know a SKU.
	 * @param sku the SKU
	 * @param price its price in pence
	 * @param available the units available
	 * @return the product's id
	 */
	protected static UUID stubSku(String sku, long price, int available) {
		return stubSku(sku, price, available, "ACTIVE");
	}

	protected static UUID stubSku(String sku, long price, int available, String status) {
		UUID productId = UUID.randomUUID();
		UUID sellerId = UUID.randomUUID();
		String product = """
				{"product": {"id": "%s", "sellerId": "%s", "name": "Product %s", "description": null, "brand": null,
				"categoryId": null, "attributes": {}, "status": "%s", "images": [],
				"variants": [{"sku": "%s", "attributes": {}, "price": {"amount": %d, "currency": "GBP"},
				"weightGrams": 500, "inStock": true}], "inStock": true, "version": 1,
				"createdAt": "2030-01-01T00:00:00Z", "updatedAt": "2030-01-01T00:00:00Z"},
				"variant": {"sku": "%s", "attributes": {}, "price": {"amount": %d, "currency": "GBP"},
				"weightGrams": 500, "inStock": true}}""".formatted(productId, sellerId, sku, status, sku, price, sku,
				price);
		peers.stubFor(WireMock.get(urlEqualTo("/products/skus/" + sku))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(product)));
		stubStock(sku, available);
		return productId;
	}

	protected static void stubStock(String sku, int available) {
		peers.stubFor(WireMock.get(urlEqualTo("/inventory/" + sku))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"sku\": \"%s\", \"available\": %d, \"inStock\": %s, \"stores\": []}".formatted(sku,
						available, available > 0))));
	}

	protected static String newSku() {
		return "SKU-" + UUID.randomUUID().toString().substring(0, 13);
	}

	protected static String newCode() {
		return "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/** Publishes an event as another service would. */
	protected void publish(String topic, String type, String subject, Object data) throws Exception {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, json.writeValueAsString(data));
		Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", type, "ce_source", "/test",
				"ce_subject", subject, "ce_time", Instant.now().toString(), "content-type", "application/json")
			.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		this.kafka.send(record).get();
	}

}
