package dev.ecommerce.payment.carddata;

import java.util.Map;
import java.util.UUID;

import dev.ecommerce.payment.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CardDataIntegrationTests extends ServiceIntegrationTest {

	@Test
	void aCardNumberInAnyFieldIsRefusedNeverRecordedAndNeverLogged(CapturedOutput output) {
		UUID orderId = UUID.randomUUID();
		Map<String, Object> asToken = Map.of("orderId", orderId, "amount", money(100), "gateway", "sandbox",
				"paymentMethodToken", "4242 4242 4242 4242");
		Map<String, Object> asExtra = Map.of("orderId", orderId, "amount", money(100), "gateway", "sandbox",
				"paymentMethodToken", "tok_visa", "card", Map.of("number", "5555555555554444"));

		for (Map<String, Object> request : java.util.List.of(asToken, asExtra)) {
			Reply reply = pay(TestTokens.customer(), request);
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.json().path("type").asString()).endsWith("/card-data-refused");
			assertThat(reply.body()).doesNotContain("4242").doesNotContain("5555555555554444");
		}
		Reply refund = post("/payments/" + UUID.randomUUID() + "/refunds", TestTokens.admin(),
				Map.of("amount", money(100), "reason", "card 4000056655665556"), "Idempotency-Key", "x");
		assertThat(refund.status()).isEqualTo(400);
		assertThat(this.jdbc.sql("SELECT count(*) FROM payment WHERE order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isZero();
		assertThat(output.getAll()).doesNotContain("4242 4242 4242 4242", "5555555555554444", "4000056655665556");
	}

}
