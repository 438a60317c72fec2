package dev.ecommerce.e2e;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ecommerce.devstack.Stack;
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
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * After delivery a customer sends a line back: the refund is what was paid for it, to the
 * penny, and the units go back on hand in the store they left from.
 */
@ExtendWith(RunningShop.class)
class ReturnJourneyTests {

	@Test
	void aReturnedUnitIsRefundedWhatWasPaidForItAndRestockedWhereItCameFrom(ShopClient shop, Stack stack) {
		Checkouts checkouts = new Checkouts(shop);
		Account customer = checkouts.newCustomer("return");
		Item item = checkouts.anItemInStock("bag", 4);
		Map<String, Integer> before = checkouts.availableByStore(item.sku());

		JsonNode order = checkouts.deliveredOrder(customer.bearer(), item, 2);
		String orderId = order.path("id").asString();
		String store = theStoreThatShipped(before, checkouts.availableByStore(item.sku()), 2);
		long total = amount(order.path("totals"), "total");
		long paid = paidFor(order.path("totals"), item.price());
		assertThat(paid).as("a unit price with its 20 percent VAT")
			.isCloseTo(Math.round(item.price() * 1.2), within(1L));

		HttpResponse<String> late = shop.post("/orders/" + orderId + "/cancel", "{}", "Authorization",
				customer.bearer());
		assertThat(late.statusCode()).as("a delivered order cannot be cancelled: %s", late.body()).isEqualTo(409);
		assertThat(json(late).path("type").asString()).endsWith("order-not-cancellable");

		// one of the two units goes back
		HttpResponse<String> requested = shop.post("/orders/" + orderId + "/returns",
				"{\"lines\": [{\"sku\": \"" + item.sku() + "\", \"quantity\": 1}], \"reason\": \"one is enough\"}",
				"Authorization", customer.bearer());
		assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
		JsonNode request = json(requested);
		assertThat(request.path("status").asString()).isEqualTo("REQUESTED");
		assertThat(amount(request, "refund")).isEqualTo(paid);
		String returnId = request.path("id").asString();
		assertThat(ok(shop.get("/orders/" + orderId, "Authorization", customer.bearer())).path("status").asString())
			.isEqualTo("RETURN_REQUESTED");
		HttpResponse<String> tooMany = shop.post("/orders/" + orderId + "/returns",
				"{\"lines\": [{\"sku\": \"" + item.sku() + "\", \"quantity\": 2}], \"reason\": \"both\"}",
				"Authorization", customer.bearer());
		assertThat(tooMany.statusCode()).as("only one unit is left to return: %s", tooMany.body()).isEqualTo(400);

		// the shop receives it: refunded and back on the shelf it left
		String admin = shop.bearer("admin@demo.shop", Checkouts.DEMO_PASSWORD);
		assertThat(shop
			.post("/orders/" + orderId + "/returns/" + returnId + "/receive", "{}", "Authorization", customer.bearer())
			.statusCode()).as("only the shop receives returns").isEqualTo(403);
		JsonNode received = ok(
				shop.post("/orders/" + orderId + "/returns/" + returnId + "/receive", "{}", "Authorization", admin));
		assertThat(received.path("status").asString()).isEqualTo("RECEIVED");
		assertThat(amount(received, "refund")).isEqualTo(paid);
		JsonNode again = ok(
				shop.post("/orders/" + orderId + "/returns/" + returnId + "/receive", "{}", "Authorization", admin));
		assertThat(again.path("refundId").asString()).isEqualTo(received.path("refundId").asString());

		JsonNode payment = checkouts.payment(order, customer.bearer());
		assertThat(amount(payment, "amount")).isEqualTo(total);
		assertThat(amount(payment, "refunded")).isEqualTo(paid);
		assertThat(payment.path("refunds")).singleElement().satisfies((refund) -> {
			assertThat(refund.path("id").asString()).isEqualTo(received.path("refundId").asString());
			assertThat(amount(refund, "amount")).isEqualTo(paid);
			assertThat(refund.path("status").asString()).isEqualTo("SUCCEEDED");
		});

		Map<String, Integer> after = checkouts.availableByStore(item.sku());
		assertThat(after.get(store)).isEqualTo(before.get(store) - 1);
		assertThat(shop.available(item.sku())).isEqualTo(item.available() - 1);
		JsonNode lastMovement = ok(
				shop.get("/stores/" + store + "/stock/" + item.sku() + "/movements?size=1", "Authorization", admin))
			.path("items")
			.get(0);
		assertThat(lastMovement.path("kind").asString()).isEqualTo("RETURN");
		assertThat(lastMovement.path("quantity").asInt()).isEqualTo(1);

		JsonNode returned = ok(shop.get("/orders/" + orderId, "Authorization", customer.bearer()));
		assertThat(returned.path("status").asString()).isEqualTo("RETURNED");
		assertThat(amount(returned, "refunded")).isEqualTo(paid);
		assertThat(returned.path("statusHistory").findValuesAsString("status")).containsSubsequence("DELIVERED",
				"RETURN_REQUESTED", "RETURNED");
		assertThat(json(shop.get("/orders/" + orderId + "/returns", "Authorization", customer.bearer())))
			.singleElement()
			.satisfies((r) -> assertThat(r.path("status").asString()).isEqualTo("RECEIVED"));

		String number = order.path("number").asString();
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(Inboxes.noticeKinds(shop, customer.bearer())).contains("RETURN_REQUESTED",
					"RETURN_RECEIVED", "ORDER_REFUNDED"));
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(Inboxes.subjectsTo(stack, customer.email()))
				.contains("Refund for your order " + number));
	}

	/**
	 * What was paid for goods of an order worth so much at their prices: their share of
	 * the total without the shipping and its tax, so with their VAT and less their part
	 * of the discount, rounded half up to the penny.
	 */
	private static long paidFor(JsonNode totals, long goods) {
		long subtotal = amount(totals, "subtotal");
		long discounted = subtotal - amount(totals, "discount");
		return BigDecimal.valueOf(amount(totals, "total"))
			.multiply(BigDecimal.valueOf(discounted * goods))
			.divide(BigDecimal.valueOf((discounted + amount(totals, "shipping")) * subtotal), 0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	/**
	 * The one store whose available units fell by the order's quantity, all others
	 * unchanged.
	 */
	private static String theStoreThatShipped(Map<String, Integer> before, Map<String, Integer> after, int units) {
		Map<String, Integer> fell = new HashMap<>();
		before.forEach((store, available) -> {
			int change = available - after.getOrDefault(store, 0);
			if (change != 0) {
				fell.put(store, change);
			}
		});
		assertThat(fell).as("the units left one store (ADR 6)").hasSize(1).containsValue(units);
		return List.copyOf(fell.keySet()).get(0);
	}

}
