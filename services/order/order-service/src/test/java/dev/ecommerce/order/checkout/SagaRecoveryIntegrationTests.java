package dev.ecommerce.order.checkout;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.ecommerce.order.OrderMother;
import dev.ecommerce.order.Peers;
import dev.ecommerce.order.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state a crashed instance leaves between (or inside) any two steps — the step
 * stored, its peer asked or not, the lease run out — is taken up by the worker, and every
 * order ends confirmed with one payment and committed stock, or compensated with nothing
 * charged and nothing held.
 */
class SagaRecoveryIntegrationTests extends ServiceIntegrationTest {

	@ParameterizedTest(name = "crashed at {0} (reservation {2}, payment {3}) → {4}")
	@CsvSource(nullValues = "-", value = {
			// step, status, reservation, payment, outcome, token
			"RESERVE_STOCK,    PENDING,        -,           -,          CONFIRMED,   tok_visa",
			"RESERVE_STOCK,    PENDING,        REQUESTED,   -,          CONFIRMED,   tok_visa",
			"TAKE_PAYMENT,     PENDING,        HELD,        -,          CONFIRMED,   tok_visa",
			"TAKE_PAYMENT,     PENDING,        HELD,        REQUESTED,  CONFIRMED,   tok_visa",
			"TAKE_PAYMENT,     PENDING,        HELD,        REQUESTED,  PAYMENT_FAILED, tok_chargeDeclined",
			"COMMIT_STOCK,     CONFIRMED,      HELD,        SUCCEEDED,  CONFIRMED,   -",
			"CREATE_SHIPMENT,  CONFIRMED,      COMMITTED,   SUCCEEDED,  CONFIRMED,   -",
			"COMPENSATE,       PAYMENT_FAILED, HELD,        FAILED,     PAYMENT_FAILED, -",
			"COMPENSATE,       REJECTED,       REQUESTED,   REQUESTED,  REJECTED,    tok_visa" })
	void aCheckoutLeftMidWayByACrashIsResumedOrCompensatedByTheWorker(String step, String status,
			@Nullable String reservation, @Nullable String payment, String outcome, @Nullable String token) {
		TestTokens.Token ada = TestTokens.customer();
		String sku = OrderMother.newSku();
		UUID id = crashed(ada.userId(), sku, step, status, reservation, payment, token);
		this.jdbc.sql("UPDATE orders SET saga_next_at = now() WHERE id = ?").param(id).update();

		JsonNode done = settled(id.toString(), ada);

		assertThat(done.path("status").asString()).isEqualTo(outcome);
		long payments = peers
			.findAll(postRequestedFor(urlEqualTo("/payments"))
				.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(id.toString())))
			.size();
		if (outcome.equals("CONFIRMED")) {
			assertThat(done.at("/payment/status").asString()).isEqualTo("SUCCEEDED");
			assertThat(done.at("/shipment/id").asString()).isEqualTo(id.toString());
			peers.verify(0, postRequestedFor(urlEqualTo("/inventory/reservations/" + id + "/release")));
			assertThat(this.jdbc.sql("SELECT reservation_state FROM orders WHERE id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("COMMITTED");
			peers.verify(0, postRequestedFor(urlPathEqualTo("/payments/" + id + "/refunds")));
		}
		else {
			assertThat(done.at("/refunded/amount").asLong())
				.isEqualTo("SUCCEEDED".equals(done.at("/payment/status").asString())
						? done.at("/totals/total/amount").asLong() : 0);
			assertThat(this.jdbc.sql("SELECT coalesce(reservation_state, 'NONE') FROM orders WHERE id = ?")
				.param(id)
				.query(String.class)
				.single()).isIn("RELEASED", "OUT_OF_STOCK", "NONE");
			peers.verify(0, postRequestedFor(urlEqualTo("/inventory/reservations/" + id + "/commit")));
		}
		assertThat(payments).isLessThanOrEqualTo(1);
	}

	@Test
	void anOrderStillPendingAtItsDeadlineIsRejectedAndItsStockReleasedWithoutPayment() {
		TestTokens.Token ada = TestTokens.customer();
		UUID id = crashed(ada.userId(), OrderMother.newSku(), "TAKE_PAYMENT", "PENDING", "HELD", null, "tok_visa");
		this.jdbc.sql("UPDATE orders SET deadline_at = now() - interval '1 second', saga_next_at = now() WHERE id = ?")
			.param(id)
			.update();

		JsonNode done = settled(id.toString(), ada);

		assertThat(done.path("status").asString()).isEqualTo("REJECTED");
		assertThat(done.at("/statusHistory/1/reason").asString()).isEqualTo("checkout did not complete in time");
		peers.verify(1, postRequestedFor(urlEqualTo("/inventory/reservations/" + id + "/release")));
		peers.verify(0, postRequestedFor(urlEqualTo("/payments"))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(id.toString())));
		assertThat(events(id.toString())).containsExactly("dev.ecommerce.order.OrderRejected.v1");
	}

	/**
	 * An order as a crashed instance left it, its lease not over yet: the test makes it
	 * due.
	 */
	private UUID crashed(UUID userId, String sku, String step, String status, @Nullable String reservation,
			@Nullable String payment, @Nullable String token) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		boolean reserved = reservation != null && !reservation.equals("REQUESTED");
		boolean paid = payment != null && !payment.equals("REQUESTED");
		this.jdbc.sql("""
				INSERT INTO orders (id, number, user_id, status, currency, subtotal, discount, shipping, tax, total,
				ship_full_name, ship_line1, ship_city, ship_postal_code, ship_country, shipping_rate_id,
				payment_gateway, payment_token, saga_step, saga_next_at, deadline_at, reservation_state,
				reservation_id, payment_status, payment_id, failure_code, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, 'GBP', 1250, 0, 395, 0, 1645, 'Ada Lovelace', '12 St James''s Square', 'London',
				'SW1Y 4JH', 'GB', 'rate-1', 'sandbox', ?, ?, ?, ?, ?, ?, ?, ?, ?, 3, ?, ?)""")
			.params(id, "ORD-T" + id.toString().substring(0, 8), userId, status, token, step,
					now.plusSeconds(3600).atOffset(ZoneOffset.UTC), now.plusSeconds(600).atOffset(ZoneOffset.UTC),
					reservation, reserved ? id : null, payment, paid ? id : null,
					"FAILED".equals(payment) ? "card_declined" : null, now.atOffset(ZoneOffset.UTC),
					now.atOffset(ZoneOffset.UTC))
			.update();
		this.jdbc.sql("""
				INSERT INTO order_line (order_id, position, sku, product_id, name, quantity, unit_price, line_total)
				VALUES (?, 0, ?, ?, 'Mug', 1, 1250, 1250)""").params(id, sku, UUID.randomUUID()).update();
		this.jdbc.sql("INSERT INTO order_status_change (order_id, status, at) VALUES (?, ?, ?)")
			.params(id, status, now.atOffset(ZoneOffset.UTC))
			.update();
		if (reserved) {
			this.jdbc.sql("INSERT INTO order_allocation (order_id, sku, store_id, quantity) VALUES (?, ?, ?, 1)")
				.params(id, sku, Peers.STORE)
				.update();
		}
		return id;
	}

}
