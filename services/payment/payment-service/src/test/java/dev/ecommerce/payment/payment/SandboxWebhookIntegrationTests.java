package dev.ecommerce.payment.payment;

import java.time.Instant;

import dev.ecommerce.payment.ServiceIntegrationTest;
import dev.ecommerce.payment.WebhookSignatures;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxWebhookIntegrationTests extends ServiceIntegrationTest {

	static final String SANDBOX_SECRET = "whsec_sandbox_local_only";

	@Test
	void aThreeDSecurePaymentIsCompletedByTheSandboxsSignedEventOnce() {
		TestTokens.Token customer = TestTokens.customer();
		Reply payment = pay(customer, payment("sandbox", "tok_threeDSecureRequired", 3000));
		assertThat(payment.json().path("status").asString()).isEqualTo("REQUIRES_ACTION");
		assertThat(payment.json().path("nextActionUrl").asString()).contains("/3ds/");
		String event = """
				{"id": "evt_%s", "type": "charge.succeeded", "reference": "%s"}""".formatted(payment.id(),
				payment.json().path("gatewayReference").asString());

		Reply first = webhook(event, signature(event, SANDBOX_SECRET, Instant.now()));
		Reply repeat = webhook(event, signature(event, SANDBOX_SECRET, Instant.now()));

		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().path("duplicate").asBoolean()).isFalse();
		assertThat(repeat.status()).isEqualTo(200);
		assertThat(repeat.json().path("duplicate").asBoolean()).isTrue();
		assertThat(get("/payments/" + payment.id(), customer).json().path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(events(payment.id())).containsExactly("dev.ecommerce.payment.PaymentSucceeded.v1");
	}

	@Test
	void aFailedThreeDSecureFailsThePayment() {
		TestTokens.Token customer = TestTokens.customer();
		Reply payment = pay(customer, payment("sandbox", "tok_threeDSecureRequired", 3000));
		String event = """
				{"id": "evt_f%s", "type": "charge.failed", "reference": "%s", "failureCode": "authentication_required"}"""
			.formatted(payment.id(), payment.json().path("gatewayReference").asString());

		assertThat(webhook(event, signature(event, SANDBOX_SECRET, Instant.now())).status()).isEqualTo(200);

		Reply after = get("/payments/" + payment.id(), customer);
		assertThat(after.json().path("status").asString()).isEqualTo("FAILED");
		assertThat(after.json().path("failureCode").asString()).isEqualTo("authentication_required");
		assertThat(events(payment.id())).containsExactly("dev.ecommerce.payment.PaymentFailed.v1");
	}

	@Test
	void aBadOrMissingOrStaleSignatureIsRefusedAndChangesNothing() {
		TestTokens.Token customer = TestTokens.customer();
		Reply payment = pay(customer, payment("sandbox", "tok_threeDSecureRequired", 3000));
		String event = """
				{"id": "evt_b%s", "type": "charge.succeeded", "reference": "%s"}""".formatted(payment.id(),
				payment.json().path("gatewayReference").asString());

		Reply forged = webhook(event, signature(event, "whsec_someone_else", Instant.now()));
		Reply tampered = webhook(event.replace("succeeded", "failed"), signature(event, SANDBOX_SECRET, Instant.now()));
		Reply stale = webhook(event, signature(event, SANDBOX_SECRET, Instant.now().minusSeconds(3600)));
		Reply missing = post("/payments/webhooks/sandbox", null, event);

		for (Reply reply : java.util.List.of(forged, tampered, stale, missing)) {
			assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
			assertThat(reply.json().path("type").asString()).endsWith("/bad-signature");
		}
		assertThat(get("/payments/" + payment.id(), customer).json().path("status").asString())
			.isEqualTo("REQUIRES_ACTION");
		assertThat(post("/payments/webhooks/nowhere", null, event).status()).isEqualTo(404);
	}

	private Reply webhook(String body, String signature) {
		return post("/payments/webhooks/sandbox", null, body, "Sandbox-Signature", signature);
	}

	private static String signature(String body, String secret, Instant at) {
		return WebhookSignatures.stripe(body, secret, at);
	}

}
