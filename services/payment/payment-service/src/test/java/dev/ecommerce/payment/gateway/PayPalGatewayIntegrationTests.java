package dev.ecommerce.payment.gateway;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ecommerce.payment.GatewayStandIns;
import dev.ecommerce.payment.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** PayPal Orders v2 over RestClient, against a stand-in answering as PayPal answers. */
class PayPalGatewayIntegrationTests extends ServiceIntegrationTest {

	private static final WireMockServer paypal = GatewayStandIns.paypal;

	private static final String ORDERS = "/v2/checkout/orders";

	@BeforeEach
	void reset() {
		paypal.resetAll();
		paypal.stubFor(WireMock.post(urlPathEqualTo("/v1/oauth2/token")).willReturn(okJson("""
				{"scope": "https://uri.paypal.com/services/payments", "access_token": "A21-standin",
				 "token_type": "Bearer", "app_id": "APP-1", "expires_in": 32400}""")));
	}

	@Test
	void anOrderIsCreatedAndCapturedUnderRequestIdsFromOurKeyWithOneAccessToken() {
		answer(ORDERS, 201, order("ORD-1", "APPROVED"));
		answer(ORDERS + "/ORD-1/capture", 201, captured("ORD-1", "CAP-1", "COMPLETED"));

		Reply first = pay(TestTokens.customer(), payment("paypal", "vault-123", 1299));
		Reply second = pay(TestTokens.customer(), payment("paypal", "vault-123", 500));

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.json().path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(first.json().path("gatewayReference").asString()).isEqualTo("CAP-1");
		assertThat(second.json().path("status").asString()).isEqualTo("SUCCEEDED");
		LoggedRequest create = calls(ORDERS).get(0);
		assertThat(create.getHeader("PayPal-Request-Id")).isEqualTo("payment-" + first.id() + "-create");
		assertThat(create.getHeader("Authorization")).isEqualTo("Bearer A21-standin");
		JsonNode body = json.readTree(create.getBodyAsString());
		assertThat(body.path("intent").asString()).isEqualTo("CAPTURE");
		assertThat(body.path("purchase_units").path(0).path("amount").path("value").asString()).isEqualTo("12.99");
		assertThat(body.path("purchase_units").path(0).path("amount").path("currency_code").asString())
			.isEqualTo("GBP");
		assertThat(body.path("purchase_units").path(0).path("custom_id").asString()).isEqualTo(first.id());
		assertThat(body.path("payment_source").path("paypal").path("vault_id").asString()).isEqualTo("vault-123");
		assertThat(calls(ORDERS + "/ORD-1/capture").get(0).getHeader("PayPal-Request-Id"))
			.isEqualTo("payment-" + first.id() + "-capture");
		List<LoggedRequest> tokens = calls("/v1/oauth2/token");
		assertThat(tokens).hasSizeLessThanOrEqualTo(1);
		for (LoggedRequest token : tokens) {
			assertThat(token.getHeader("Authorization"))
				.isEqualTo("Basic " + Base64.getEncoder().encodeToString("paypal-client:paypal-secret".getBytes()));
			assertThat(token.getBodyAsString()).isEqualTo("grant_type=client_credentials");
		}
		assertThat(events(first.id())).containsExactly("dev.ecommerce.payment.PaymentSucceeded.v1");
	}

	@Test
	void aDeclinedInstrumentIsAFailedPayment() {
		answer(ORDERS, 201, order("ORD-2", "APPROVED"));
		answer(ORDERS + "/ORD-2/capture", 422, """
				{"name": "UNPROCESSABLE_ENTITY", "details": [{"issue": "INSTRUMENT_DECLINED",
				 "description": "The instrument presented was either declined by the processor or bank."}]}""");

		Reply reply = pay(TestTokens.customer(), payment("paypal", "vault-declined", 800));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().path("status").asString()).isEqualTo("FAILED");
		assertThat(reply.json().path("failureCode").asString()).isEqualTo("instrument_declined");
		assertThat(events(reply.id())).containsExactly("dev.ecommerce.payment.PaymentFailed.v1");
	}

	@Test
	void serverErrorsAreRetriedWithTheSameRequestIdThenAClearFailure() {
		answer(ORDERS, 500, "{\"name\": \"INTERNAL_SERVER_ERROR\"}");

		Reply reply = pay(TestTokens.customer(), payment("paypal", "vault-123", 800));

		assertThat(reply.status()).isEqualTo(503);
		String id = reply.json().path("paymentId").asString();
		assertThat(calls(ORDERS)).hasSize(2)
			.allMatch((call) -> ("payment-" + id + "-create").equals(call.getHeader("PayPal-Request-Id")));
		assertThat(this.jdbc.sql("SELECT status FROM payment WHERE id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("PROCESSING");
	}

	@Test
	void anOrderAwaitingTheBuyerIsRequiresActionAndPayPalsVerifiedWebhookCompletesIt() {
		answer(ORDERS, 200,
				"""
						{"id": "ORD-3", "status": "PAYER_ACTION_REQUIRED", "links": [
						  {"href": "https://www.sandbox.paypal.com/checkoutnow?token=ORD-3", "rel": "payer-action", "method": "GET"}]}""");
		TestTokens.Token customer = TestTokens.customer();
		Reply reply = pay(customer, payment("paypal", "vault-new", 2500));
		assertThat(reply.json().path("status").asString()).isEqualTo("REQUIRES_ACTION");
		assertThat(reply.json().path("nextActionUrl").asString())
			.isEqualTo("https://www.sandbox.paypal.com/checkoutnow?token=ORD-3");
		String event = """
				{"id": "WH-%s", "event_type": "PAYMENT.CAPTURE.COMPLETED",
				 "resource": {"id": "CAP-3", "status": "COMPLETED", "custom_id": "%s"}}""".formatted(reply.id(),
				reply.id());

		paypal.stubFor(WireMock.post(urlPathEqualTo("/v1/notifications/verify-webhook-signature"))
			.willReturn(okJson("{\"verification_status\": \"FAILURE\"}")));
		Reply refused = webhook(event);
		paypal.stubFor(WireMock.post(urlPathEqualTo("/v1/notifications/verify-webhook-signature"))
			.willReturn(okJson("{\"verification_status\": \"SUCCESS\"}")));
		Reply accepted = webhook(event);
		Reply repeated = webhook(event);
		Reply unsigned = post("/payments/webhooks/paypal", null, event);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		assertThat(repeated.json().path("duplicate").asBoolean()).isTrue();
		assertThat(unsigned.status()).isEqualTo(400);
		JsonNode payment = get("/payments/" + reply.id(), customer).json();
		assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(payment.path("gatewayReference").asString()).isEqualTo("CAP-3");
		assertThat(events(reply.id())).containsExactly("dev.ecommerce.payment.PaymentSucceeded.v1");
		JsonNode verification = json
			.readTree(calls("/v1/notifications/verify-webhook-signature").get(1).getBodyAsString());
		assertThat(verification.path("webhook_id").asString()).isEqualTo("WH-STANDIN");
		assertThat(verification.path("transmission_id").asString()).isEqualTo("tx-1");
		assertThat(verification.path("webhook_event").path("id").asString()).isEqualTo("WH-" + reply.id());
	}

	@Test
	void aRefundIsMadeAgainstTheCaptureUnderTheRefundsRequestId() {
		answer(ORDERS, 201, order("ORD-4", "APPROVED"));
		answer(ORDERS + "/ORD-4/capture", 201, captured("ORD-4", "CAP-4", "COMPLETED"));
		String id = pay(TestTokens.customer(), payment("paypal", "vault-123", 1000)).id();
		answer("/v2/payments/captures/CAP-4/refund", 201, "{\"id\": \"REF-4\", \"status\": \"COMPLETED\"}");

		Reply refund = refund(TestTokens.service(), id, 250, "r-" + id);

		assertThat(refund.status()).isEqualTo(201);
		assertThat(refund.json().path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(refund.json().path("gatewayReference").asString()).isEqualTo("REF-4");
		LoggedRequest sent = calls("/v2/payments/captures/CAP-4/refund").get(0);
		assertThat(sent.getHeader("PayPal-Request-Id")).isEqualTo("refund-" + refund.id());
		assertThat(json.readTree(sent.getBodyAsString()).path("amount").path("value").asString()).isEqualTo("2.50");
	}

	private Reply webhook(String event) {
		return post("/payments/webhooks/paypal", null, event, "PAYPAL-AUTH-ALGO", "SHA256withRSA", "PAYPAL-CERT-URL",
				"https://api.sandbox.paypal.com/v1/notifications/certs/CERT-1", "PAYPAL-TRANSMISSION-ID", "tx-1",
				"PAYPAL-TRANSMISSION-SIG", "c2lnbmF0dXJl", "PAYPAL-TRANSMISSION-TIME", "2026-11-27T04:00:00Z");
	}

	private static void answer(String path, int status, String body) {
		paypal.stubFor(WireMock.post(urlPathEqualTo(path))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
	}

	private static List<LoggedRequest> calls(String path) {
		return paypal.findAll(postRequestedFor(urlPathEqualTo(path)));
	}

	private static String order(String id, String status) {
		return """
				{"id": "%s", "status": "%s", "links": []}""".formatted(id, status);
	}

	private static String captured(String order, String capture, String status) {
		return """
				{"id": "%s", "status": "COMPLETED", "purchase_units": [{"payments": {"captures": [
				  {"id": "%s", "status": "%s", "amount": {"currency_code": "GBP", "value": "12.99"}}]}}]}"""
			.formatted(order, capture, status);
	}

}
