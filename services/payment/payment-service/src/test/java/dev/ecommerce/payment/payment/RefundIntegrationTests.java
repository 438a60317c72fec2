package dev.ecommerce.payment.payment;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.payment.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RefundIntegrationTests extends ServiceIntegrationTest {

	@Test
	void partialRefundsAddUpToTheWholePaymentAndNoFurther() {
		String id = pay(TestTokens.customer(), payment("sandbox", "tok_visa", 1000)).id();
		TestTokens.Token admin = TestTokens.admin();

		Reply first = refund(admin, id, 300, "r1");
		Reply rest = refund(admin, id, 700, "r2");
		Reply beyond = refund(admin, id, 1, "r3");

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(first.json().path("gatewayReference").asString()).startsWith("sb_re_");
		assertThat(first.header("Location")).isEqualTo("/payments/" + id + "/refunds/" + first.id());
		assertThat(rest.json().path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(beyond.status()).isEqualTo(409);
		assertThat(beyond.json().path("type").asString()).endsWith("/refund-exceeds-payment");
		assertThat(beyond.json().path("refundable").path("amount").asLong()).isZero();
		JsonNode payment = get("/payments/" + id, admin).json();
		assertThat(payment.path("refunded").path("amount").asLong()).isEqualTo(1000);
		assertThat(payment.path("refunds")).hasSize(2);
		assertThat(
				get("/payments/" + id + "/refunds/" + first.id(), admin).json().path("amount").path("amount").asLong())
			.isEqualTo(300);
		assertThat(events(id)).containsExactly("dev.ecommerce.payment.PaymentSucceeded.v1",
				"dev.ecommerce.payment.PaymentRefunded.v1", "dev.ecommerce.payment.PaymentRefunded.v1");
		List<Long> totals = this.jdbc.sql(
				"SELECT (payload->'totalRefunded'->>'amount')::bigint FROM outbox_event WHERE subject = ? AND type = ? ORDER BY sequence")
			.params(id, "dev.ecommerce.payment.PaymentRefunded.v1")
			.query(Long.class)
			.list();
		assertThat(totals).containsExactly(300L, 1000L);
	}

	@Test
	void concurrentRefundsThatWouldExceedThePaymentAreRefusedForTheExcess() throws Exception {
		String id = pay(TestTokens.customer(), payment("sandbox", "tok_visa", 1000)).id();
		TestTokens.Token service = TestTokens.service();

		List<Integer> statuses = inParallel(10, (i) -> refund(service, id, 300, "refund-" + i).status());

		assertThat(Collections.frequency(statuses, 201)).isEqualTo(3);
		assertThat(Collections.frequency(statuses, 409)).isEqualTo(7);
		assertThat(get("/payments/" + id, service).json().path("refunded").path("amount").asLong()).isEqualTo(900);
		assertThat(this.jdbc.sql("SELECT sum(amount) FROM sandbox_refund WHERE charge_reference = ?")
			.param(get("/payments/" + id, service).json().path("gatewayReference").asString())
			.query(Long.class)
			.single()).isEqualTo(900);
	}

	@Test
	void aRefundRepeatedWithItsKeyIsAnsweredOnceAndRefundsOnce() {
		String id = pay(TestTokens.customer(), payment("sandbox", "tok_visa", 1000)).id();
		TestTokens.Token admin = TestTokens.admin();

		Reply first = refund(admin, id, 400, "same");
		Reply again = refund(admin, id, 400, "same");

		assertThat(again.body()).isEqualTo(first.body());
		assertThat(get("/payments/" + id, admin).json().path("refunds")).hasSize(1);
	}

	@Test
	void onlyAdminsAndServicesRefundAndOnlyWhatWasTaken() {
		String paid = pay(TestTokens.customer(), payment("sandbox", "tok_visa", 1000)).id();
		String declined = pay(TestTokens.customer(), payment("sandbox", "tok_chargeDeclined", 1000)).id();

		assertThat(refund(TestTokens.customer(), paid, 100, "c").status()).isEqualTo(403);
		assertThat(refund(TestTokens.seller(), paid, 100, "s").status()).isEqualTo(403);
		Reply failed = refund(TestTokens.admin(), declined, 100, "d");
		assertThat(failed.status()).isEqualTo(409);
		assertThat(failed.json().path("type").asString()).endsWith("/payment-not-refundable");
		assertThat(refund(TestTokens.admin(), UUID.randomUUID().toString(), 100, "u").status()).isEqualTo(404);
		assertThat(refund(TestTokens.admin(), paid, 0, "z").status()).isEqualTo(400);
		Reply euros = post("/payments/" + paid + "/refunds", TestTokens.admin(),
				java.util.Map.of("amount", java.util.Map.of("amount", 100, "currency", "EUR")), "Idempotency-Key", "e");
		assertThat(euros.status()).isEqualTo(400);
		assertThat(euros.json().path("errors").path(0).path("field").asString()).isEqualTo("amount.currency");
		assertThat(post("/payments/" + paid + "/refunds", TestTokens.admin(), java.util.Map.of("amount", money(5)))
			.status()).isEqualTo(400);
		assertThat(get("/payments/" + paid, TestTokens.admin()).json().path("refunds")).isEmpty();
	}

}
