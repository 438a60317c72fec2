package dev.ecommerce.payment.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ecommerce.payment.GatewayStandIns;
import dev.ecommerce.payment.ServiceIntegrationTest;
import dev.ecommerce.payment.WebhookSignatures;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Stripe through its SDK, against a stand-in answering as Stripe answers. */
class StripeGatewayIntegrationTests extends ServiceIntegrationTest {

	private static final WireMockServer stripe = GatewayStandIns.stripe;

	private static final String INTENTS = "/v1/payment_intents";

	@BeforeEach
	void reset() {
		stripe.resetAll();
	}

	@Test
	void aSucceededIntentIsASucceededPaymentChargedUnderOurKey() {
		answerCreate(200, intent("pi_ok", "succeeded"));
		Map<String, Object> request = payment("stripe", "tok_visa", 1299);

		Reply reply = pay(TestTokens.customer(), request);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json().path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(reply.json().path("gatewayReference").asString()).isEqualTo("pi_ok");
		List<LoggedRequest> creates = creates();
		assertThat(creates).hasSize(1);
		assertThat(creates.get(0).getHeader("Idempotency-Key")).isEqualTo("payment-" + reply.id());
		assertThat(creates.get(0).getHeader("Authorization")).isEqualTo("Bearer sk_test_standin");
		String form = URLDecoder.decode(creates.get(0).getBodyAsString(), StandardCharsets.UTF_8);
		assertThat(form).contains("amount=1299", "currency=gbp", "confirm=true", "metadata[payment_id]=" + reply.id(),
				"metadata[order_id]=" + request.get("orderId"), "payment_method_data[card][token]=tok_visa");
		assertThat(events(reply.id())).containsExactly("dev.ecommerce.payment.PaymentSucceeded.v1");
	}

	@Test
	void declinesBecomeFailedPaymentsWithStripesCodes() {
		answerCreate(402, error("card_error", "card_declined", "insufficient_funds"));
		Reply insufficient = pay(TestTokens.customer(), payment("stripe", "tok_chargeDeclinedInsufficientFunds", 500));
		stripe.resetAll();
		answerCreate(402, error("card_error", "processing_error", null));
		Reply processing = pay(TestTokens.customer(), payment("stripe", "tok_chargeDeclinedProcessingError", 500));
		stripe.resetAll();
		answerCreate(400, error("invalid_request_error", "resource_missing", null));
		Reply unknown = pay(TestTokens.customer(), payment("stripe", "pm_nonexistent", 500));

		assertThat(insufficient.status()).isEqualTo(201);
		assertThat(insufficient.json().path("status").asString()).isEqualTo("FAILED");
		assertThat(insufficient.json().path("failureCode").asString()).isEqualTo("insufficient_funds");
		assertThat(insufficient.json().path("retryable").asBoolean()).isFalse();
		assertThat(processing.json().path("failureCode").asString()).isEqualTo("processing_error");
		assertThat(processing.json().path("retryable").asBoolean()).isTrue();
		assertThat(unknown.json().path("status").asString()).isEqualTo("FAILED");
		assertThat(unknown.json().path("failureCode").asString()).isEqualTo("resource_missing");
		assertThat(events(insufficient.id())).containsExactly("dev.ecommerce.payment.PaymentFailed.v1");
	}

	@Test
	void threeDSecureIsRequiresActionAndItsSignedWebhookCompletesThePaymentOnce() {
		answerCreate(200,
				"""
						{"id": "pi_3ds", "object": "payment_intent", "status": "requires_action",
						 "next_action": {"type": "redirect_to_url", "redirect_to_url": {"url": "https://hooks.stripe.com/3ds/pi_3ds"}}}""");
		TestTokens.Token customer = TestTokens.customer();
		Reply reply = pay(customer, payment("stripe", "tok_threeDSecureRequired", 2000));
		assertThat(reply.json().path("status").asString()).isEqualTo("REQUIRES_ACTION");
		assertThat(reply.json().path("nextActionUrl").asString()).isEqualTo("https://hooks.stripe.com/3ds/pi_3ds");
		String event = """
				{"id": "evt_%s", "object": "event", "type": "payment_intent.succeeded",
				 "data": {"object": {"id": "pi_3ds", "object": "payment_intent", "status": "succeeded",
				                     "metadata": {"payment_id": "%s"}}}}""".formatted(reply.id(), reply.id());
		String signature = WebhookSignatures.stripe(event, STRIPE_WEBHOOK_SECRET, Instant.now());

		Reply bad = post("/payments/webhooks/stripe", null, event, "Stripe-Signature",
				WebhookSignatures.stripe(event, "whsec_wrong", Instant.now()));
		Reply first = post("/payments/webhooks/stripe", null, event, "Stripe-Signature", signature);
		Reply repeat = post("/payments/webhooks/stripe", null, event, "Stripe-Signature", signature);

		assertThat(bad.status()).isEqualTo(400);
		assertThat(first.status()).isEqualTo(200);
		assertThat(repeat.json().path("duplicate").asBoolean()).isTrue();
		assertThat(get("/payments/" + reply.id(), customer).json().path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(events(reply.id())).containsExactly("dev.ecommerce.payment.PaymentSucceeded.v1");
	}

	@Test
	void serverErrorsAreRetriedUnderTheSameKeyThenAClearFailureAndARetryWithTheKeyCompletesIt() {
		stripe.stubFor(WireMock.post(urlPathEqualTo(INTENTS))
			.willReturn(aResponse().withStatus(500)
				.withHeader("Content-Type", "application/json")
				.withBody(error("api_error", null, null))));
		TestTokens.Token service = TestTokens.service();
		Map<String, Object> request = payment("stripe", "tok_visa", 4000);
		String key = "order-" + request.get("orderId") + "-payment";

		Reply failed = pay(service, key, request);

		assertThat(failed.status()).isEqualTo(503);
		assertThat(failed.json().path("type").asString()).endsWith("/payment-gateway-unavailable");
		String id = failed.json().path("paymentId").asString();
		assertThat(creates()).isNotEmpty()
			.allMatch((create) -> ("payment-" + id).equals(create.getHeader("Idempotency-Key")));
		assertThat(status(id)).isEqualTo("PROCESSING");

		stripe.resetAll();
		stripe.stubFor(WireMock.get(urlPathEqualTo(INTENTS + "/search")).willReturn(okJson(searchResult(""))));
		answerCreate(200, intent("pi_late", "succeeded"));
		Reply retry = pay(service, key, request);

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.id()).isEqualTo(id);
		assertThat(retry.json().path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(creates()).hasSize(1)
			.allMatch((create) -> ("payment-" + id).equals(create.getHeader("Idempotency-Key")));
	}

	@Test
	void aGatewayTooSlowToAnswerIsAClearFailureAndThePaymentStaysProcessing() {
		stripe.stubFor(WireMock.post(urlPathEqualTo(INTENTS))
			.willReturn(okJson(intent("pi_slow", "succeeded")).withFixedDelay(6000)));

		Reply reply = pay(TestTokens.customer(), payment("stripe", "tok_visa", 100));

		assertThat(reply.status()).isEqualTo(503);
		assertThat(status(reply.json().path("paymentId").asString())).isEqualTo("PROCESSING");
	}

	@Test
	void aRetryAfterTheServiceDiedPastStripesChargeFindsThePaymentIntentAndCreatesNone() {
		TestTokens.Token service = TestTokens.service();
		String key = "order-" + UUID.randomUUID() + "-payment";
		UUID id = processingPayment(service, key, "stripe", "tok_visa", 1500, Instant.now());
		stripe.stubFor(WireMock.get(urlPathEqualTo(INTENTS + "/search"))
			.willReturn(okJson(searchResult(intent("pi_before_crash", "succeeded").replace("}",
					", \"metadata\": {\"payment_id\": \"" + id + "\"}}")))));

		Reply retry = pay(service, key, Map.of("orderId", UUID.randomUUID(), "amount", money(1500), "gateway", "stripe",
				"paymentMethodToken", "tok_visa"));

		assertThat(retry.json().path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(retry.json().path("gatewayReference").asString()).isEqualTo("pi_before_crash");
		assertThat(creates()).isEmpty();
	}

	@Test
	void fiftyConcurrentRequestsWithOneKeyCallStripeOnce() throws Exception {
		stripe.stubFor(WireMock.post(urlPathEqualTo(INTENTS))
			.willReturn(okJson(intent("pi_once", "succeeded")).withFixedDelay(300)));
		TestTokens.Token service = TestTokens.service();
		Map<String, Object> request = payment("stripe", "tok_visa", 5000);
		String key = "order-" + request.get("orderId") + "-payment";

		List<Reply> replies = inParallel(50, (i) -> pay(service, key, request));

		List<Integer> statuses = replies.stream().map(Reply::status).toList();
		assertThat(statuses).allMatch((status) -> status == 201 || status == 409);
		assertThat(Collections.frequency(statuses, 201)).isPositive();
		assertThat(replies.stream().filter((reply) -> reply.status() == 201).map(Reply::body).distinct()).hasSize(1);
		assertThat(creates()).hasSize(1);
	}

	@Test
	void aRefundGoesToStripeUnderTheRefundsKey() {
		answerCreate(200, intent("pi_refundable", "succeeded"));
		String id = pay(TestTokens.customer(), payment("stripe", "tok_visa", 1000)).id();
		stripe.stubFor(WireMock.post(urlPathEqualTo("/v1/refunds"))
			.willReturn(
					okJson("""
							{"id": "re_1", "object": "refund", "amount": 300, "status": "succeeded", "payment_intent": "pi_refundable"}""")));

		Reply refund = refund(TestTokens.admin(), id, 300, "r-" + id);

		assertThat(refund.status()).isEqualTo(201);
		assertThat(refund.json().path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(refund.json().path("gatewayReference").asString()).isEqualTo("re_1");
		LoggedRequest sent = stripe.findAll(postRequestedFor(urlPathEqualTo("/v1/refunds"))).get(0);
		assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("refund-" + refund.id());
		assertThat(URLDecoder.decode(sent.getBodyAsString(), StandardCharsets.UTF_8)).contains("amount=300",
				"payment_intent=pi_refundable");
	}

	private void answerCreate(int status, String body) {
		stripe.stubFor(WireMock.post(urlPathEqualTo(INTENTS))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
	}

	private List<LoggedRequest> creates() {
		return stripe.findAll(postRequestedFor(urlPathEqualTo(INTENTS)));
	}

	private String status(String id) {
		return this.jdbc.sql("SELECT status FROM payment WHERE id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single();
	}

	private static String intent(String id, String status) {
		return """
				{"id": "%s", "object": "payment_intent", "amount": 1299, "currency": "gbp", "status": "%s"}"""
			.formatted(id, status);
	}

	private static String searchResult(String intent) {
		return """
				{"object": "search_result", "url": "/v1/payment_intents/search", "has_more": false, "data": [%s]}"""
			.formatted(intent);
	}

	private static String error(String type, String code, String declineCode) {
		return """
				{"error": {"type": "%s", "code": %s, "decline_code": %s, "message": "Stripe says no."}}""".formatted(
				type, (code != null) ? "\"" + code + "\"" : "null",
				(declineCode != null) ? "\"" + declineCode + "\"" : "null");
	}

}
