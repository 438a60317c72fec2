package dev.ecommerce.e2e;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import dev.ecommerce.devstack.Stack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.e2e.Checkouts.EVENTUAL;
import static dev.ecommerce.e2e.Checkouts.LONDON;
import static dev.ecommerce.e2e.ShopClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A seller lists a product, stocks it in a warehouse and sells it down to its low-stock
 * threshold; the catalog, the availability and the alerts follow, carried between the
 * product and inventory services by their events.
 */
@ExtendWith(RunningShop.class)
class StockTests {

	@BeforeEach
	void productAndInventoryRun(Stack stack) {
		assertThat(stack.isRunning("product") && stack.isRunning("inventory") && stack.isRunning("user"))
			.as("the product, inventory and user services are built and running")
			.isTrue();
	}

	@Test
	void aSellersStockReachesAvailabilitySearchAndAlertsToTheUnit(ShopClient shop) {
		String seller = shop.bearer("seller@demo.shop", "demo-password-1");
		String sku = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		String name = "Walnut Spice Rack " + sku;
		Checkouts checkouts = new Checkouts(shop);
		String productId = checkouts.listProduct(seller, name, sku, 2450);

		// the inventory service learns the SKU's seller from ProductCreated
		checkouts.stockNewSku(seller, LONDON, sku,
				"{\"onHand\": 7, \"lowStockThreshold\": 2, \"note\": \"first delivery\"}");

		JsonNode availability = json(shop.get("/inventory/" + sku));
		assertThat(availability.path("available").asInt()).isEqualTo(7);
		assertThat(availability.path("inStock").asBoolean()).isTrue();
		await().atMost(EVENTUAL)
			.untilAsserted(() -> assertThat(
					json(shop.get("/products/search?inStock=true&size=100&q=walnut+spice+rack")).path("items")
						.findValuesAsString("id"))
				.contains(productId));

		HttpResponse<String> sold = shop.post("/stores/" + LONDON + "/stock/" + sku + "/adjustments",
				"{\"delta\": -5, \"reason\": \"SALE\", \"note\": \"counter sale\"}", "Authorization", seller);
		assertThat(sold.statusCode()).as(sold.body()).isEqualTo(200);
		assertThat(json(shop.get("/inventory/" + sku)).path("available").asInt()).isEqualTo(2);

		JsonNode alerts = json(shop.get("/inventory/alerts?size=100", "Authorization", seller));
		assertThat(alerts.path("items").findValuesAsString("sku")).containsOnlyOnce(sku);

		HttpResponse<String> oversold = shop.post("/stores/" + LONDON + "/stock/" + sku + "/adjustments",
				"{\"delta\": -3, \"reason\": \"SALE\"}", "Authorization", seller);
		assertThat(oversold.statusCode()).as("no store sells what it has not got").isEqualTo(409);
		assertThat(json(shop.get("/inventory/" + sku)).path("available").asInt()).isEqualTo(2);
	}

	@Test
	void aCustomerCannotTouchStockAndNobodyReservesWithoutTheServiceRole(ShopClient shop) {
		String customer = shop.bearer("customer@demo.shop", "demo-password-1");

		assertThat(shop.put("/stores/" + LONDON + "/stock/85123A", "{\"onHand\": 1000}", "Authorization", customer)
			.statusCode()).isEqualTo(403);
		assertThat(shop
			.post("/inventory/reservations",
					"{\"orderId\": \"" + UUID.randomUUID() + "\", \"lines\": [{\"sku\": \"85123A\", \"quantity\": 1}]}",
					"Authorization", customer)
			.statusCode()).isEqualTo(403);
	}

	@Test
	void anAdminOpensAStoreAndClosesIt(ShopClient shop) {
		String admin = shop.bearer("admin@demo.shop", "demo-password-1");
		String code = "POP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

		HttpResponse<String> created = shop.post("/stores", """
				{"code": "%s", "name": "Pop-up Shop", "type": "RETAIL",
				 "address": {"line1": "2 Market Row", "city": "York", "postalCode": "YO1 8AA", "country": "GB"},
				 "active": true}""".formatted(code), "Authorization", admin);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = json(created).path("id").asString();
		assertThat(json(shop.get("/stores/" + id, "Authorization", admin)).path("code").asString()).isEqualTo(code);

		assertThat(shop.delete("/stores/" + id, "Authorization", admin).statusCode()).isEqualTo(204);
		assertThat(shop.get("/stores/" + id, "Authorization", admin).statusCode()).isEqualTo(404);
	}

	@Test
	void theDemoStockIsInTheCatalogsInStockFlag(ShopClient shop) {
		JsonNode inStock = json(shop.get("/products/search?inStock=true&size=1"));
		JsonNode all = json(shop.get("/products/search?size=1"));

		assertThat(inStock.path("totalItems").asLong()).isPositive().isLessThan(all.path("totalItems").asLong());
		String sku = json(shop.get("/products/" + inStock.path("items").get(0).path("id").asString())).path("variants")
			.get(0)
			.path("sku")
			.asString();
		assertThat(json(shop.get("/inventory/" + sku)).path("available").asInt()).isPositive();
	}

}
