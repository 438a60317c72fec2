package dev.ecommerce.order;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.ecommerce.platform.test.ServiceHttpTest;
import dev.ecommerce.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * Base of the tests that call the running service over HTTP, against the test run's
 * PostgreSQL and Kafka, with its peers (cart, shipping, payment, inventory) stood in for
 * by one WireMock server answering their contracts. Every test class shares one Spring
 * context, one database and the WireMock server, so each test uses its own SKUs and
 * payment tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"logging.structured.format.console=", "ecommerce.events.relay.poll-interval=100ms",
		"ecommerce.checkout.worker-interval=100ms", "ecommerce.checkout.retry-backoff=50ms",
		"ecommerce.checkout.max-backoff=200ms", "ecommerce.checkout.lease=3s", "ecommerce.checkout.max-attempts=4",
		// the peers' failures are the tests' subject: no circuit opens between tests
		"resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=1000000",
		"resilience4j.circuitbreaker.configs.default.sliding-window-size=1000000",
		"resilience4j.retry.configs.default.max-attempts=2", "resilience4j.retry.configs.default.wait-duration=10ms" })
public abstract class ServiceIntegrationTest extends ServiceHttpTest {

	protected static final WireMockServer peers = startPeers();

	@Autowired
	protected JdbcClient jdbc;

	private static WireMockServer startPeers() {
		WireMockServer server = new WireMockServer(
				WireMockConfiguration.options().dynamicPort().globalTemplating(true));
		server.start();
		Peers.healthy(server);
		return server;
	}

	@DynamicPropertySource
	static void peerUrls(DynamicPropertyRegistry registry) {
		for (String service : List.of("cart", "shipping", "payment", "inventory")) {
			registry.add("ecommerce.clients." + service + ".url", peers::baseUrl);
			registry.add("ecommerce.clients." + service + ".read-timeout", () -> "5s");
		}
	}

	/** Places an order with a fresh Idempotency-Key. */
	protected Reply place(TestTokens.Token token, Object body) {
		return call(HttpMethod.POST, "/orders", token, body, "Idempotency-Key", UUID.randomUUID().toString());
	}

	/** Waits until the order's saga has ended, and answers the order. */
	protected JsonNode settled(String orderId, TestTokens.Token token) {
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> "DONE".equals(sagaStep(orderId)));
		return get("/orders/" + orderId, token).json();
	}

	protected String sagaStep(String orderId) {
		return this.jdbc.sql("SELECT saga_step FROM orders WHERE id = ?")
			.param(UUID.fromString(orderId))
			.query(String.class)
			.single();
	}

	/** The types of the events published about an order, in order. */
	protected List<String> events(String orderId) {
		return this.jdbc.sql("SELECT type FROM outbox_event WHERE subject = ? ORDER BY sequence")
			.param(orderId)
			.query(String.class)
			.list();
	}

}
