package dev.ecommerce.e2e;

import java.util.Locale;
import java.util.UUID;

import dev.ecommerce.devstack.Stack;
import dev.ecommerce.e2e.Checkouts.Account;
import dev.ecommerce.e2e.Checkouts.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.e2e.Checkouts.CHECKOUT;
import static dev.ecommerce.e2e.Checkouts.DEMO_PASSWORD;
import static dev.ecommerce.e2e.Checkouts.LONDON;
import static dev.ecommerce.e2e.ShopClient.amount;
import static dev.ecommerce.e2e.ShopClient.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo seller lists a product and stocks it; a customer buys it down to its low-stock
 * threshold, and the seller hears of it in the alerts, the in-app inbox and the mail;
 * nobody else may touch that stock.
 */
@ExtendWith(RunningShop.class)
class SellerJourneyTests {

	private static final String SELLER_EMAIL = "seller@demo.shop";

	@Test
	void aCustomerBuysASellersProductDownToItsThresholdAndTheSellerIsAlerted(ShopClient shop, Stack stack) {
		Checkouts checkouts = new Checkouts(shop);
		String seller = shop.bearer(SELLER_EMAIL, DEMO_PASSWORD);
		String sku = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		checkouts.listProduct(seller, "Oak Bread Bin " + sku, sku, 1875);
		JsonNode level = checkouts.stockNewSku(seller, LONDON, sku,
				"{\"onHand\": 7, \"lowStockThreshold\": 2, \"note\": \"first delivery\"}");
		assertThat(level.path("onHand").asInt()).isEqualTo(7);
		assertThat(level.path("lowStockThreshold").asInt()).isEqualTo(2);
		assertThat(shop.available(sku)).isEqualTo(7);

		// a customer buys five of the seven
		Account customer = checkouts.newCustomer("low-stock");
		JsonNode order = checkouts.confirmedOrder(customer.bearer(), new Item(sku, 1875, 7), 5);
		JsonNode totals = order.path("totals");
		Checkouts.assertUkTotals(totals, 5 * 1875, 0, amount(totals, "shipping"));
		assertThat(amount(checkouts.payment(order, customer.bearer()), "amount")).isEqualTo(amount(totals, "total"));
		assertThat(shop.available(sku)).isEqualTo(2);

		// the seller hears of it
		JsonNode alerts = ok(shop.get("/inventory/alerts?size=100", "Authorization", seller));
		assertThat(alerts.path("items")).filteredOn((alert) -> sku.equals(alert.path("sku").asString()))
			.singleElement()
			.satisfies((alert) -> {
				assertThat(alert.path("storeId").asString()).isEqualTo(LONDON);
				assertThat(alert.path("available").asInt()).isEqualTo(2);
				assertThat(alert.path("threshold").asInt()).isEqualTo(2);
			});
		await().atMost(CHECKOUT).untilAsserted(() -> {
			JsonNode notices = ok(shop.get("/notifications/mine?size=100", "Authorization", seller)).path("items");
			assertThat(notices).filteredOn((notice) -> "LOW_STOCK".equals(notice.path("kind").asString()))
				.filteredOn((notice) -> notice.path("subject").asString().contains(sku))
				.hasSize(1);
			assertThat(notices).filteredOn((notice) -> "SELLER_NEW_ORDER".equals(notice.path("kind").asString()))
				.filteredOn((notice) -> notice.path("subject").asString().contains(order.path("number").asString()))
				.hasSize(1);
		});
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(Inboxes.subjectsTo(stack, SELLER_EMAIL))
				.filteredOn((subject) -> subject.contains(sku))
				.hasSize(1));

		// nobody else manages it
		Account otherSeller = checkouts.newSeller("other-seller");
		assertThat(shop
			.put("/stores/" + LONDON + "/stock/" + sku, "{\"onHand\": 100}", "Authorization", otherSeller.bearer())
			.statusCode()).as("another seller's SKU is not found").isEqualTo(404);
		assertThat(shop
			.post("/stores/" + LONDON + "/stock/" + sku + "/adjustments", "{\"delta\": 50, \"reason\": \"RECEIPT\"}",
					"Authorization", otherSeller.bearer())
			.statusCode()).isEqualTo(404);
		assertThat(ok(shop.get("/inventory/alerts?size=100", "Authorization", otherSeller.bearer())).path("items")
			.findValuesAsString("sku")).doesNotContain(sku);
		assertThat(
				shop.put("/stores/" + LONDON + "/stock/" + sku, "{\"onHand\": 100}", "Authorization", customer.bearer())
					.statusCode())
			.as("a customer manages no stock")
			.isEqualTo(403);
		assertThat(shop.available(sku)).isEqualTo(2);
	}

}
