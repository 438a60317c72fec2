package dev.ecommerce.payment.demo;

import java.util.UUID;

import dev.ecommerce.payment.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPaymentsIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	private org.springframework.beans.factory.config.AutowireCapableBeanFactory beans;

	@Test
	void theDemoPaysItsOrdersOnceHoweverOftenItRuns() {
		DemoPayments demo = this.beans.createBean(DemoPayments.class);

		demo.run(new DefaultApplicationArguments());
		demo.run(new DefaultApplicationArguments());

		var paid = get("/payments?orderId=00000000-0000-0000-0000-000000000001", TestTokens.admin()).json();
		assertThat(paid.path("totalItems").asLong()).isOne();
		assertThat(paid.path("items").path(0).path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(paid.path("items").path(0).path("refunded").path("amount").asLong()).isEqualTo(1299);
		assertThat(get("/payments?orderId=00000000-0000-0000-0000-000000000002", TestTokens.admin()).json()
			.path("items")
			.path(0)
			.path("failureCode")
			.asString()).isEqualTo("insufficient_funds");
		assertThat(get("/payments?orderId=00000000-0000-0000-0000-000000000003", TestTokens.admin()).json()
			.path("items")
			.path(0)
			.path("status")
			.asString()).isEqualTo("REQUIRES_ACTION");
		assertThat(this.jdbc.sql("SELECT count(*) FROM payment WHERE user_id IS NULL AND order_id = ?")
			.param(UUID.fromString("00000000-0000-0000-0000-000000000001"))
			.query(Long.class)
			.single()).isOne();
	}

}
