package dev.ecommerce.payment.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.payment.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	private Reconciliation reconciliation;

	@Test
	void aPaymentLeftProcessingAfterTheGatewayChargedIsSettledByTheChargeItMade() {
		TestTokens.Token service = TestTokens.service();
		UUID id = processingPayment(service, "k-" + UUID.randomUUID(), "sandbox", "tok_visa", 800,
				Instant.now().minus(Duration.ofMinutes(5)));
		this.jdbc.sql("""
				INSERT INTO sandbox_charge (idempotency_key, reference, token, amount, currency, outcome, created_at)
				VALUES (?, ?, 'tok_visa', 800, 'GBP', 'succeeded', now())""")
			.params("payment-" + id, "sb_pi_" + id.toString().replace("-", ""))
			.update();

		this.reconciliation.run();

		assertThat(status(id)).isEqualTo("SUCCEEDED");
		assertThat(charges(id)).isOne();
		assertThat(events(id.toString())).containsExactly("dev.ecommerce.payment.PaymentSucceeded.v1");
	}

	@Test
	void aPaymentTheGatewayNeverSawIsChargedUnderItsKeyWhileYoungAndFailedWhenOld() {
		TestTokens.Token service = TestTokens.service();
		UUID young = processingPayment(service, "k-" + UUID.randomUUID(), "sandbox", "tok_chargeDeclined", 800,
				Instant.now().minus(Duration.ofMinutes(5)));
		UUID old = processingPayment(service, "k-" + UUID.randomUUID(), "sandbox", "tok_visa", 800,
				Instant.now().minus(Duration.ofHours(7)));

		this.reconciliation.run();

		assertThat(status(young)).isEqualTo("FAILED");
		assertThat(charges(young)).isOne();
		assertThat(status(old)).isEqualTo("FAILED");
		assertThat(charges(old)).isZero();
		assertThat(
				this.jdbc.sql("SELECT failure_code FROM payment WHERE id = ?").param(old).query(String.class).single())
			.isEqualTo("gateway_unreachable");
	}

	@Test
	void aPaymentStillRunningIsLeftAlone() {
		UUID fresh = processingPayment(TestTokens.service(), "k-" + UUID.randomUUID(), "sandbox", "tok_visa", 800,
				Instant.now());

		this.reconciliation.run();

		assertThat(status(fresh)).isEqualTo("PROCESSING");
		assertThat(charges(fresh)).isZero();
	}

	private String status(UUID id) {
		return this.jdbc.sql("SELECT status FROM payment WHERE id = ?").param(id).query(String.class).single();
	}

	private long charges(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM sandbox_charge WHERE idempotency_key = ?")
			.param("payment-" + id)
			.query(Long.class)
			.single();
	}

}
