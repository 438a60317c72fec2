package dev.ecommerce.inventory;

import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.test.TestTokens;
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
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of the tests that call the running service over HTTP, against the test run's
 * PostgreSQL and Kafka. Every test class shares one Spring context and one database, so
 * each test makes its own stores and SKUs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.structured.format.console=", "ecommerce.events.relay.poll-interval=100ms" })
public abstract class ServiceIntegrationTest {

	protected static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	private RestTestClient client;

	@BeforeEach
	void connect() {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	protected Reply call(HttpMethod method, String path, TestTokens.@Nullable Token token, @Nullable Object body,
			String... headers) {
		var request = this.client.method(method).uri(path);
		if (token != null) {
			request.header("Authorization", token.bearer());
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.body((body instanceof String text) ? text : json.writeValueAsString(body));
		}
		var result = request.exchange().returnResult(String.class);
		String text = result.getResponseBody();
		return new Reply(result.getStatus().value(), (text != null) ? text : "", result.getResponseHeaders());
	}

	protected Reply get(String path, TestTokens.@Nullable Token token) {
		return call(HttpMethod.GET, path, token, null);
	}

	protected Reply post(String path, TestTokens.@Nullable Token token, Object body) {
		return call(HttpMethod.POST, path, token, body);
	}

	protected Reply put(String path, TestTokens.@Nullable Token token, Object body, String... headers) {
		return call(HttpMethod.PUT, path, token, body, headers);
	}

	protected Reply delete(String path, TestTokens.@Nullable Token token, String... headers) {
		return call(HttpMethod.DELETE, path, token, null, headers);
	}

	/**
	 * Creates a store with stock.
	 * @param store the store request
	 * @param stock units on hand per SKU
	 * @return the store's id
	 */
	protected String stocked(Map<String, Object> store, Map<String, Integer> stock) {
		String id = post("/stores", TestTokens.admin(), store).json().path("id").asString();
		stock.forEach(
				(sku, units) -> put("/stores/" + id + "/stock/" + sku, TestTokens.admin(), Map.of("onHand", units)));
		return id;
	}

	/** The stock of a SKU in a store as {@code onHand/reserved}, read from the table. */
	protected String level(String store, String sku) {
		return this.jdbc.sql("SELECT on_hand || '/' || reserved FROM stock_level WHERE store_id = ? AND sku = ?")
			.params(UUID.fromString(store), sku)
			.query(String.class)
			.single();
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
