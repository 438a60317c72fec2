package dev.ecommerce.e2e;

import java.net.http.HttpResponse;

import dev.ecommerce.e2e.Checkouts.Account;
import dev.ecommerce.e2e.Checkouts.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.e2e.Checkouts.CHECKOUT;
import static dev.ecommerce.e2e.ShopClient.amount;
import static dev.ecommerce.e2e.ShopClient.json;
import static dev.ecommerce.e2e.ShopClient.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer cancels a confirmed order before it ships: the whole total comes back and so
 * does the stock, to the unit.
 */
@ExtendWith(RunningShop.class)
class CancellationJourneyTests {

	@Test
	void aConfirmedOrderCancelledByItsCustomerIsRefundedInFullAndItsStockPutBack(ShopClient shop) {
		Checkouts checkouts = new Checkouts(shop);
		Account customer = checkouts.newCustomer("cancel");
		Item item = checkouts.anItemInStock("candle", 3);
		JsonNode order = checkouts.confirmedOrder(customer.bearer(), item, 3);
		String orderId = order.path("id").asString();
		long total = amount(order.path("totals"), "total");
		assertThat(total).isEqualTo(
				3 * item.price() + amount(order.path("totals"), "shipping") + amount(order.path("totals"), "tax"));
		assertThat(shop.available(item.sku())).isEqualTo(item.available() - 3);

		String stranger = shop.bearer("customer@demo.shop", Checkouts.DEMO_PASSWORD);
		assertThat(shop.post("/orders/" + orderId + "/cancel", "{}", "Authorization", stranger).statusCode())
			.as("another customer's order is not found")
			.isEqualTo(404);

		HttpResponse<String> cancelled = shop.post("/orders/" + orderId + "/cancel",
				"{\"reason\": \"bought it elsewhere\"}", "Authorization", customer.bearer());
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		assertThat(json(cancelled).path("status").asString()).isEqualTo("CANCELLED");

		JsonNode refunded = await().atMost(CHECKOUT)
			.until(() -> checkouts.payment(order, customer.bearer()), (payment) -> amount(payment, "refunded") > 0);
		assertThat(amount(refunded, "amount")).isEqualTo(total);
		assertThat(amount(refunded, "refunded")).isEqualTo(total);
		assertThat(refunded.path("refunds")).singleElement().satisfies((refund) -> {
			assertThat(amount(refund, "amount")).isEqualTo(total);
			assertThat(refund.path("status").asString()).isEqualTo("SUCCEEDED");
		});
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(shop.available(item.sku())).isEqualTo(item.available()));
		JsonNode after = ok(shop.get("/orders/" + orderId, "Authorization", customer.bearer()));
		assertThat(after.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(amount(after, "refunded")).isEqualTo(total);
		JsonNode last = after.path("statusHistory").get(after.path("statusHistory").size() - 1);
		assertThat(last.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(last.path("reason").asString()).isEqualTo("bought it elsewhere");

		HttpResponse<String> again = shop.post("/orders/" + orderId + "/cancel", "{}", "Authorization",
				customer.bearer());
		assertThat(again.statusCode()).as("a cancelled order is ended: %s", again.body()).isEqualTo(409);
		assertThat(json(again).path("type").asString()).endsWith("order-not-cancellable");
		assertThat(amount(checkouts.payment(order, customer.bearer()), "refunded")).isEqualTo(total);
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(Inboxes.noticeKinds(shop, customer.bearer())).contains("ORDER_CANCELLED",
					"ORDER_REFUNDED"));
	}

}
