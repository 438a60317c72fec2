package dev.ecommerce.cart;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.ecommerce.platform.test.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

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
public abstract class ServiceIntegrationTest {

	protected static final JsonMapper json = JsonMapper.builder().build();

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

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	private RestTestClient client;

	@BeforeEach
	void connect() {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

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

	protected Reply call(HttpMethod method, String path, TestTokens.@Nullable Token token, @Nullable Object body,
			String... headers) {
		var request = this.client.method(method).uri(path);
		if (token != null) {
			request.header("Authorization", token.bearer());
		}
		boolean typed = false;
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
			typed |= headers[i].equalsIgnoreCase("Content-Type");
		}
		if (body != null) {
			if (!typed) {
				request.header("Content-Type", "application/json");
			}
			request.body((body instanceof String text) ? text : json.writeValueAsString(body));
		}
		var result = request.exchange().returnResult(String.class);
		String text = result.getResponseBody();
		return new Reply(result.getStatus().value(), (text != null) ? text : "", result.getResponseHeaders());
	}

	protected Reply get(String path, TestTokens.@Nullable Token token, String... headers) {
		return call(HttpMethod.GET, path, token, null, headers);
	}

	protected Reply post(String path, TestTokens.@Nullable Token token, @Nullable Object body, String... headers) {
		return call(HttpMethod.POST, path, token, body, headers);
	}

	protected Reply put(String path, TestTokens.@Nullable Token token, Object body, String... headers) {
		return call(HttpMethod.PUT, path, token, body, headers);
	}

	protected Reply patch(String path, TestTokens.@Nullable Token token, Object body, String... headers) {
		return call(HttpMethod.PATCH, path, token, body, headers);
	}

	protected Reply delete(String path, TestTokens.@Nullable Token token, String... headers) {
		return call(HttpMethod.DELETE, path, token, null, headers);
	}

	/** A response: its status, body and headers. */
	public record Reply(int status, String body, HttpHeaders headers) {

		public @Nullable String header(String name) {
			return this.headers.getFirst(name);
		}

		public JsonNode json() {
			return ServiceIntegrationTest.json.readTree(this.body);
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
