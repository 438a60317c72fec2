package dev.ecommerce.payment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.ecommerce.platform.test.ServiceHttpTest;
import dev.ecommerce.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that call the running service over HTTP, against the test run's
 * PostgreSQL and Kafka and the gateways' stand-ins. Every test class shares one Spring
 * context and one database, so each test makes its own orders and payments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.structured.format.console=", "ecommerce.events.relay.poll-interval=100ms",
				"ecommerce.payment.reconciliation.interval=1h", "ecommerce.payment.stripe.api-key=sk_test_standin",
				"ecommerce.payment.stripe.webhook-secret=" + ServiceIntegrationTest.STRIPE_WEBHOOK_SECRET,
				"ecommerce.payment.stripe.max-network-retries=1", "ecommerce.payment.stripe.read-timeout=4s",
				"ecommerce.payment.paypal.client-id=paypal-client",
				"ecommerce.payment.paypal.client-secret=paypal-secret",
				"ecommerce.payment.paypal.webhook-id=WH-STANDIN", "ecommerce.payment.paypal.max-attempts=2",
				"ecommerce.payment.paypal.read-timeout=10s" })
public abstract class ServiceIntegrationTest extends ServiceHttpTest {

	public static final String STRIPE_WEBHOOK_SECRET = "whsec_standin";

	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void gateways(DynamicPropertyRegistry registry) {
		registry.add("ecommerce.payment.stripe.api-base", GatewayStandIns.stripe::baseUrl);
		registry.add("ecommerce.payment.paypal.api-base", GatewayStandIns.paypal::baseUrl);
	}

	/** Pays with a fresh Idempotency-Key. */
	protected Reply pay(TestTokens.Token token, Map<String, Object> request) {
		return pay(token, UUID.randomUUID().toString(), request);
	}

	protected Reply pay(TestTokens.Token token, String key, Map<String, Object> request) {
		return post("/payments", token, request, "Idempotency-Key", key);
	}

	protected Reply refund(TestTokens.Token token, String paymentId, long amount, String key) {
		return post("/payments/" + paymentId + "/refunds", token, Map.of("amount", money(amount), "reason", "returned"),
				"Idempotency-Key", key);
	}

	protected static Map<String, Object> payment(String gateway, String token, long amount) {
		Map<String, Object> request = new HashMap<>();
		request.put("orderId", UUID.randomUUID().toString());
		request.put("amount", money(amount));
		request.put("gateway", gateway);
		request.put("paymentMethodToken", token);
		return request;
	}

	protected static Map<String, Object> money(long amount) {
		return Map.of("amount", amount, "currency", "GBP");
	}

	/** The types of the events a payment published, in order. */
	protected List<String> events(String paymentId) {
		return this.jdbc.sql("SELECT type FROM outbox_event WHERE subject = ? ORDER BY sequence")
			.param(paymentId)
			.query(String.class)
			.list();
	}

	protected JsonNode event(String paymentId, String type) {
		return json.readTree(this.jdbc.sql("SELECT payload::text FROM outbox_event WHERE subject = ? AND type = ?")
			.params(paymentId, type)
			.query(String.class)
			.single());
	}

	/**
	 * Records a payment as a request that died after calling its gateway would have left
	 * it: {@code PROCESSING}, under the caller's key, changed a while ago.
	 */
	protected UUID processingPayment(TestTokens.Token caller, String key, String gateway, String token, long amount,
			Instant updatedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO payment (id, request_key, order_id, user_id, amount, currency, gateway, payment_method_token,
					                     status, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, 'GBP', ?, ?, 'PROCESSING', ?, ?)""")
			.params(id, caller.userId() + " " + key, UUID.randomUUID(), caller.userId(), amount, gateway, token,
					updatedAt.atOffset(ZoneOffset.UTC), updatedAt.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	protected <T> List<T> inParallel(int tasks, Task<T> task) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(tasks);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < tasks; i++) {
				int index = i;
				futures.add(executor.submit((Callable<T>) () -> {
					start.await();
					return task.run(index);
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			executor.shutdownNow();
		}
	}

	protected interface Task<T> {

		T run(int index) throws Exception;

	}

}
