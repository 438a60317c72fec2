package dev.ecommerce.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;

import dev.ecommerce.e2e.Checkouts.Account;
import dev.ecommerce.e2e.Checkouts.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.e2e.Checkouts.CHECKOUT;
import static dev.ecommerce.e2e.ShopClient.json;
import static dev.ecommerce.e2e.ShopClient.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * More than the shop has: the cart says so at once, and an order for it is rejected
 * without charging anyone or touching the stock.
 */
@ExtendWith(RunningShop.class)
class OutOfStockJourneyTests {

	@Test
	void theCartRefusesMoreThanIsInStock(ShopClient shop) {
		Checkouts checkouts = new Checkouts(shop);
		Account customer = checkouts.newCustomer("short-cart");
		Item item = checkouts.anItemInStock("box", 1, 98);
		String cartId = ok(shop.post("/carts", "{}", "Authorization", customer.bearer())).path("id").asString();

		HttpResponse<String> tooMany = shop.post("/carts/" + cartId + "/items",
				"{\"sku\": \"" + item.sku() + "\", \"quantity\": " + (item.available() + 1) + "}", "Authorization",
				customer.bearer());

		assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(409);
		assertThat(json(tooMany).path("type").asString()).endsWith("insufficient-stock");
		assertThat(ok(shop.get("/carts/" + cartId, "Authorization", customer.bearer())).path("items")).isEmpty();
		assertThat(shop.available(item.sku())).isEqualTo(item.available());
	}

	@Test
	void anOrderForMoreThanIsInStockIsRejectedAndNothingIsCharged(ShopClient shop) {
		Checkouts checkouts = new Checkouts(shop);
		Account customer = checkouts.newCustomer("short-order");
		Item item = checkouts.anItemInStock("box", 1, 98);

		HttpResponse<String> placed = checkouts.order(customer.bearer(), item.sku(), item.available() + 1, "tok_visa");
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		String orderId = json(placed).path("id").asString();

		JsonNode order = checkouts.awaitStatus(orderId, customer.bearer(), "REJECTED");
		assertThat(order.path("statusHistory").findValuesAsString("status")).containsExactly("PENDING", "REJECTED");
		assertThat(order.path("payment").isMissingNode() || order.path("payment").isNull())
			.as("no payment was asked for: %s", order.path("payment"))
			.isTrue();
		String admin = shop.bearer("admin@demo.shop", Checkouts.DEMO_PASSWORD);
		JsonNode payments = ok(shop.get("/payments?orderId=" + orderId, "Authorization", admin));
		assertThat(payments.path("totalItems").asLong()).isZero();
		assertThat(payments.path("items")).isEmpty();
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(shop.available(item.sku())).isEqualTo(item.available()));
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(Inboxes.noticeKinds(shop, customer.bearer())).contains("ORDER_REJECTED"));
	}

}
