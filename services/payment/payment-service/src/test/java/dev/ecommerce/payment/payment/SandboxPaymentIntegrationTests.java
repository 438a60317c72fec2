package dev.ecommerce.payment.payment;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.payment.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxPaymentIntegrationTests extends ServiceIntegrationTest {

	@ParameterizedTest
	@CsvSource(nullValues = "-",
			value = { "tok_visa, SUCCEEDED, -, false, PaymentSucceeded",
					"tok_mastercard, SUCCEEDED, -, false, PaymentSucceeded",
					"tok_chargeDeclined, FAILED, card_declined, false, PaymentFailed",
					"tok_chargeDeclinedInsufficientFunds, FAILED, insufficient_funds, false, PaymentFailed",
					"tok_chargeDeclinedProcessingError, FAILED, processing_error, true, PaymentFailed",
					"tok_threeDSecureRequired, REQUIRES_ACTION, -, false, -" })
	void eachSandboxTokenHasTheOutcomeOfStripesTestToken(String token, String status, String failureCode,
			boolean retryable, String event) {
		TestTokens.Token customer = TestTokens.customer();
		Map<String, Object> request = payment("sandbox", token, 1299);

		Reply reply = pay(customer, request);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		JsonNode payment = reply.json();
		assertThat(reply.header("Location")).isEqualTo("/payments/" + payment.path("id").asString());
		assertThat(payment.path("orderId").asString()).isEqualTo(request.get("orderId"));
		assertThat(payment.path("userId").asString()).isEqualTo(customer.userId().toString());
		assertThat(payment.path("amount").path("amount").asLong()).isEqualTo(1299);
		assertThat(payment.path("amount").path("currency").asString()).isEqualTo("GBP");
		assertThat(payment.path("status").asString()).isEqualTo(status);
		assertThat(payment.path("gateway").asString()).isEqualTo("sandbox");
		assertThat(payment.path("gatewayReference").asString()).startsWith("sb_pi_");
		assertThat(payment.path("failureCode").isNull()).isEqualTo(failureCode == null);
		if (failureCode != null) {
			assertThat(payment.path("failureCode").asString()).isEqualTo(failureCode);
		}
		assertThat(payment.path("retryable").asBoolean()).isEqualTo(retryable);
		assertThat(payment.path("nextActionUrl").isNull()).isEqualTo(!"REQUIRES_ACTION".equals(status));
		assertThat(events(payment.path("id").asString()))
			.containsExactlyElementsOf((event != null) ? List.of("dev.ecommerce.payment." + event + ".v1") : List.of());
	}

	@Test
	void theSucceededEventCarriesTheContractsFields() {
		TestTokens.Token customer = TestTokens.customer();
		JsonNode payment = pay(customer, payment("sandbox", "tok_visa", 2500)).json();

		JsonNode event = event(payment.path("id").asString(), "dev.ecommerce.payment.PaymentSucceeded.v1");

		assertThat(event.path("paymentId").asString()).isEqualTo(payment.path("id").asString());
		assertThat(event.path("orderId").asString()).isEqualTo(payment.path("orderId").asString());
		assertThat(event.path("userId").asString()).isEqualTo(customer.userId().toString());
		assertThat(event.path("amount").path("amount").asLong()).isEqualTo(2500);
		assertThat(event.path("amount").path("currency").asString()).isEqualTo("GBP");
		assertThat(event.path("gateway").asString()).isEqualTo("sandbox");
		assertThat(event.path("gatewayReference").asString()).isEqualTo(payment.path("gatewayReference").asString());
		assertThat(event.path("at").asString()).isNotBlank();
	}

	@Test
	void anUnknownSandboxTokenIsRefusedAndNothingIsRecorded() {
		Map<String, Object> request = payment("sandbox", "tok_nonsense", 100);

		Reply reply = pay(TestTokens.customer(), request);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().path("errors").path(0).path("field").asString()).isEqualTo("paymentMethodToken");
		assertThat(paymentsOfOrder(request.get("orderId"))).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "amount.amount, 0", "amount.amount, -5" })
	void aPaymentOfNothingIsRefused(String field, long amount) {
		Reply reply = pay(TestTokens.customer(), payment("sandbox", "tok_visa", amount));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().path("errors").path(0).path("field").asString()).isEqualTo(field);
	}

	@Test
	void anUnknownCurrencyOrGatewayOrAMissingFieldIsRefused() {
		Map<String, Object> request = payment("sandbox", "tok_visa", 100);
		request.put("amount", Map.of("amount", 100, "currency", "XYZ"));
		assertThat(pay(TestTokens.customer(), request).json().path("errors").path(0).path("field").asString())
			.isEqualTo("amount.currency");

		Reply gateway = pay(TestTokens.customer(), payment("cashbox", "tok_visa", 100));
		assertThat(gateway.status()).isEqualTo(400);
		assertThat(gateway.json().path("errors").path(0).path("field").asString()).isEqualTo("gateway");

		Map<String, Object> noOrder = payment("sandbox", "tok_visa", 100);
		noOrder.remove("orderId");
		assertThat(pay(TestTokens.customer(), noOrder).status()).isEqualTo(400);
	}

	@Test
	void aPaymentNeedsATokenAndAnIdempotencyKey() {
		assertThat(post("/payments", null, payment("sandbox", "tok_visa", 100), "Idempotency-Key", "k").status())
			.isEqualTo(401);
		Reply noKey = post("/payments", TestTokens.customer(), payment("sandbox", "tok_visa", 100));
		assertThat(noKey.status()).isEqualTo(400);
		assertThat(noKey.json().path("errors").path(0).path("field").asString()).isEqualTo("Idempotency-Key");
	}

	@Test
	void theSameKeyAndBodyReplayTheFirstReplyAndAnotherBodyIsRefused() {
		TestTokens.Token customer = TestTokens.customer();
		Map<String, Object> request = payment("sandbox", "tok_visa", 700);
		String key = UUID.randomUUID().toString();

		Reply first = pay(customer, key, request);
		Reply again = pay(customer, key, request);
		request.put("amount", money(701));
		Reply other = pay(customer, key, request);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(other.status()).isEqualTo(422);
		assertThat(paymentsOfOrder(request.get("orderId"))).isOne();
		assertThat(charges(first.json().path("id").asString())).isOne();
	}

	@Test
	void fiftyConcurrentRequestsWithOneKeyMakeOnePaymentAndOneCharge() throws Exception {
		TestTokens.Token service = TestTokens.service();
		Map<String, Object> request = payment("sandbox", "tok_visa", 4999);
		String key = "order-" + request.get("orderId") + "-payment";

		List<Reply> replies = inParallel(50, (i) -> pay(service, key, request));

		List<Integer> statuses = replies.stream().map(Reply::status).toList();
		assertThat(statuses).allMatch((status) -> status == 201 || status == 409);
		assertThat(Collections.frequency(statuses, 201)).isPositive();
		List<String> bodies = replies.stream()
			.filter((reply) -> reply.status() == 201)
			.map(Reply::body)
			.distinct()
			.toList();
		assertThat(bodies).hasSize(1);
		String id = json.readTree(bodies.get(0)).path("id").asString();
		assertThat(paymentsOfOrder(request.get("orderId"))).isOne();
		assertThat(charges(id)).isOne();
		assertThat(events(id)).containsExactly("dev.ecommerce.payment.PaymentSucceeded.v1");
	}

	@Test
	void aRetryAfterTheServiceDiedPastTheGatewaysChargeFindsThatChargeAndChargesNoMore() {
		TestTokens.Token service = TestTokens.service();
		String key = "order-" + UUID.randomUUID() + "-payment";
		UUID id = processingPayment(service, key, "sandbox", "tok_visa", 1500, java.time.Instant.now());
		// the sandbox took the money; the service died before it recorded the answer
		this.jdbc.sql("""
				INSERT INTO sandbox_charge (idempotency_key, reference, token, amount, currency, outcome, created_at)
				VALUES (?, 'sb_pi_charged_before_crash', 'tok_visa', 1500, 'GBP', 'succeeded', now())""")
			.param("payment-" + id)
			.update();

		Reply retry = pay(service, key, Map.of("orderId", UUID.randomUUID(), "amount", money(1500), "gateway",
				"sandbox", "paymentMethodToken", "tok_visa"));

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.id()).isEqualTo(id.toString());
		assertThat(retry.json().path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(retry.json().path("gatewayReference").asString()).isEqualTo("sb_pi_charged_before_crash");
		assertThat(charges(id.toString())).isOne();
		assertThat(events(id.toString())).containsExactly("dev.ecommerce.payment.PaymentSucceeded.v1");
	}

	@Test
	void aCustomerSeesOnlyTheirOwnPaymentsAndAdminsAndServicesSeeAll() {
		TestTokens.Token owner = TestTokens.customer();
		Map<String, Object> request = payment("sandbox", "tok_visa", 900);
		String id = pay(owner, request).id();
		String orderId = (String) request.get("orderId");

		assertThat(get("/payments/" + id, owner).status()).isEqualTo(200);
		assertThat(get("/payments/" + id, TestTokens.customer()).status()).isEqualTo(404);
		assertThat(get("/payments/" + id, TestTokens.seller()).status()).isEqualTo(404);
		assertThat(get("/payments/" + id, TestTokens.admin()).json().path("id").asString()).isEqualTo(id);
		assertThat(get("/payments/" + id, TestTokens.service()).json().path("id").asString()).isEqualTo(id);
		assertThat(get("/payments/" + id, null).status()).isEqualTo(401);
		assertThat(get("/payments/" + UUID.randomUUID(), TestTokens.admin()).status()).isEqualTo(404);

		assertThat(get("/payments?orderId=" + orderId, owner).json().path("totalItems").asLong()).isOne();
		assertThat(get("/payments?orderId=" + orderId, owner).json().path("items").path(0).path("id").asString())
			.isEqualTo(id);
		assertThat(get("/payments?orderId=" + orderId, TestTokens.customer()).json().path("totalItems").asLong())
			.isZero();
		assertThat(get("/payments?orderId=" + orderId, TestTokens.service()).json().path("totalItems").asLong())
			.isOne();
		assertThat(get("/payments?orderId=" + orderId + "&size=101", owner).status()).isEqualTo(400);
	}

	@Test
	void aServicePaysOnBehalfOfACustomerWhoThenSeesThePayment() {
		TestTokens.Token customer = TestTokens.customer();
		Map<String, Object> request = payment("sandbox", "tok_visa", 1000);
		request.put("userId", customer.userId().toString());

		Reply reply = pay(TestTokens.service(), request);

		assertThat(reply.json().path("userId").asString()).isEqualTo(customer.userId().toString());
		assertThat(get("/payments/" + reply.id(), customer).status()).isEqualTo(200);
		Reply impersonation = pay(TestTokens.customer(), request);
		assertThat(impersonation.status()).isEqualTo(400);
		assertThat(impersonation.json().path("errors").path(0).path("field").asString()).isEqualTo("userId");
	}

	private long paymentsOfOrder(Object orderId) {
		return this.jdbc.sql("SELECT count(*) FROM payment WHERE order_id = ?")
			.param(UUID.fromString(orderId.toString()))
			.query(Long.class)
			.single();
	}

	private long charges(String paymentId) {
		return this.jdbc.sql("SELECT count(*) FROM sandbox_charge WHERE idempotency_key = ?")
			.param("payment-" + paymentId)
			.query(Long.class)
			.single();
	}

}
