package dev.ecommerce.order.demo;

import java.time.Clock;

import dev.ecommerce.order.ServiceIntegrationTest;
import dev.ecommerce.order.order.Orders;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DemoOrdersIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	private Orders orders;

	@Autowired
	private Clock clock;

	@Test
	void theDemoCustomerHasADeliveredAndAShippedOrderOnceHoweverOftenTheDemoStarts() {
		DemoOrders demo = new DemoOrders(this.orders, this.clock);

		demo.run(null);
		demo.run(null);

		JsonNode mine = get("/orders", TestTokens.as(DemoOrders.CUSTOMER, "CUSTOMER")).json();
		assertThat(mine.path("totalItems").asLong()).isEqualTo(2);
		assertThat(mine.at("/items/0/status").asString()).isEqualTo("SHIPPED");
		assertThat(mine.at("/items/1/status").asString()).isEqualTo("DELIVERED");
		JsonNode delivered = mine.path("items").get(1);
		assertThat(delivered.at("/totals/total/amount").asLong()).isEqualTo(1275 + 4 * 295 + 395);
		assertThat(delivered.path("statusHistory").findValuesAsString("status")).containsExactly("PENDING", "CONFIRMED",
				"SHIPPED", "DELIVERED");
	}

}
