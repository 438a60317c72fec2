package dev.ecommerce.inventory;

import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.test.ServiceHttpTest;
import dev.ecommerce.platform.test.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the tests that call the running service over HTTP, against the test run's
 * PostgreSQL and Kafka. Every test class shares one Spring context and one database, so
 * each test makes its own stores and SKUs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.structured.format.console=", "ecommerce.events.relay.poll-interval=100ms" })
public abstract class ServiceIntegrationTest extends ServiceHttpTest {

	@Autowired
	protected JdbcClient jdbc;

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

}
