package dev.ecommerce.e2e;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import dev.ecommerce.e2e.Checkouts.Account;
import dev.ecommerce.e2e.Checkouts.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.e2e.Checkouts.CHECKOUT;
import static dev.ecommerce.e2e.Checkouts.DEMO_PASSWORD;
import static dev.ecommerce.e2e.Checkouts.PASSWORD;
import static dev.ecommerce.e2e.ShopClient.amount;
import static dev.ecommerce.e2e.ShopClient.json;
import static dev.ecommerce.e2e.ShopClient.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shop's admin at work: opening, closing and removing a store, creating a coupon that
 * customers use up, and managing accounts.
 */
@ExtendWith(RunningShop.class)
class AdminJourneyTests {

	@Test
	void aStoreWithStockCannotBeDeletedAndOnceDeactivatedItsStockIsNotSold(ShopClient shop) {
		Checkouts checkouts = new Checkouts(shop);
		String admin = shop.bearer("admin@demo.shop", DEMO_PASSWORD);
		Item item = checkouts.anItemInStock("heart", 1);
		String code = "POP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		String store = """
				{"code": "%s", "name": "Pop-up Shop", "type": "RETAIL",
				 "address": {"line1": "2 Market Row", "city": "York", "postalCode": "YO1 8AA", "country": "GB"},
				 "active": %s}""";
		HttpResponse<String> created = shop.post("/stores", store.formatted(code, true), "Authorization", admin);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = json(created).path("id").asString();
		assertThat(shop.post("/stores", store.formatted(code, true), "Authorization", admin).statusCode())
			.as("a second store with the code")
			.isEqualTo(409);
		String seller = shop.bearer("seller@demo.shop", DEMO_PASSWORD);
		assertThat(shop.post("/stores", store.formatted(code + "-S", true), "Authorization", seller).statusCode())
			.as("sellers do not open stores")
			.isEqualTo(403);

		// stocked: it sells, and it cannot go
		JsonNode level = ok(
				shop.put("/stores/" + id + "/stock/" + item.sku(), "{\"onHand\": 3}", "Authorization", admin));
		assertThat(level.path("available").asInt()).isEqualTo(3);
		assertThat(shop.available(item.sku())).isEqualTo(item.available() + 3);
		assertThat(new Checkouts(shop).availableByStore(item.sku())).containsEntry(id, 3);
		HttpResponse<String> refused = shop.delete("/stores/" + id, "Authorization", admin);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(json(refused).path("type").asString()).endsWith("store-holds-stock");

		// deactivated: its stock is no longer sold
		JsonNode closed = ok(shop.put("/stores/" + id, store.formatted(code, false), "Authorization", admin));
		assertThat(closed.path("active").asBoolean()).isFalse();
		assertThat(shop.available(item.sku())).isEqualTo(item.available());
		assertThat(new Checkouts(shop).availableByStore(item.sku())).doesNotContainKey(id);

		// emptied, it can go
		ok(shop.put("/stores/" + id + "/stock/" + item.sku(), "{\"onHand\": 0}", "Authorization", admin));
		assertThat(shop.delete("/stores/" + id, "Authorization", admin).statusCode()).isEqualTo(204);
		assertThat(shop.get("/stores/" + id, "Authorization", admin).statusCode()).isEqualTo(404);
		assertThat(shop.available(item.sku())).isEqualTo(item.available());
	}

	@Test
	void aCouponTakesOffExactlyItsValueUntilItIsUsedUp(ShopClient shop) {
		Checkouts checkouts = new Checkouts(shop);
		String admin = shop.bearer("admin@demo.shop", DEMO_PASSWORD);
		String code = "E2E" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		HttpResponse<String> created = shop.post("/coupons",
				"{\"code\": \"" + code + "\", \"type\": \"FIXED\", \"value\": 275, \"usageLimit\": 1}", "Authorization",
				admin);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(json(created).path("timesUsed").asInt()).isZero();
		Account first = checkouts.newCustomer("coupon-first");
		assertThat(shop
			.post("/coupons", "{\"code\": \"" + code + "X\", \"type\": \"FIXED\", \"value\": 1}", "Authorization",
					first.bearer())
			.statusCode()).as("customers do not make coupons").isEqualTo(403);
		Item item = checkouts.anItemInStock("lantern", 2);

		// the first customer's cart and order take £2.75 off
		String cartId = cartWith(shop, first.bearer(), item, 2);
		JsonNode priced = ok(shop.post("/carts/" + cartId + "/coupon", "{\"code\": \"" + code + "\"}", "Authorization",
				first.bearer()));
		JsonNode rate = checkouts.cheapestRate(item.sku(), 2);
		Checkouts.assertUkTotals(priced.path("totals"), 2 * item.price(), 275, amount(rate, "amount"));
		HttpResponse<String> placed = checkouts.order(first.bearer(), "\"cartId\": \"" + cartId + "\"", rate,
				"tok_visa");
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		JsonNode order = checkouts.awaitStatus(json(placed).path("id").asString(), first.bearer(), "CONFIRMED");
		assertThat(order.path("couponCode").asString()).isEqualTo(code);
		Checkouts.assertUkTotals(order.path("totals"), 2 * item.price(), 275, amount(rate, "amount"));
		assertThat(amount(checkouts.payment(order, first.bearer()), "amount"))
			.isEqualTo(amount(order.path("totals"), "total"));
		await().atMost(CHECKOUT)
			.untilAsserted(
					() -> assertThat(ok(shop.get("/coupons/" + code, "Authorization", admin)).path("timesUsed").asInt())
						.isEqualTo(1));

		// and then it is used up
		Account second = checkouts.newCustomer("coupon-second");
		String secondCart = cartWith(shop, second.bearer(), item, 1);
		HttpResponse<String> usedUp = shop.post("/carts/" + secondCart + "/coupon", "{\"code\": \"" + code + "\"}",
				"Authorization", second.bearer());
		assertThat(usedUp.statusCode()).as(usedUp.body()).isEqualTo(409);
		assertThat(json(usedUp).path("type").asString()).endsWith("coupon-not-applicable");
		assertThat(json(usedUp).path("detail").asString()).contains("used up");
		assertThat(amount(ok(shop.get("/carts/" + secondCart, "Authorization", second.bearer())).path("totals"),
				"discount"))
			.isZero();
	}

	@Test
	void anAdminFindsAnAccountMakesItASellerAndDisablesIt(ShopClient shop) {
		Checkouts checkouts = new Checkouts(shop);
		String admin = shop.bearer("admin@demo.shop", DEMO_PASSWORD);
		Account user = checkouts.newCustomer("managed");
		JsonNode login = ok(
				shop.post("/auth/login", "{\"email\": \"" + user.email() + "\", \"password\": \"" + PASSWORD + "\"}"));

		JsonNode found = ok(shop.get("/users?email=" + user.email().substring(0, 30), "Authorization", admin));
		assertThat(found.path("totalItems").asLong()).isEqualTo(1);
		assertThat(found.path("items").get(0).path("id").asString()).isEqualTo(user.id());
		assertThat(shop.get("/users", "Authorization", user.bearer()).statusCode()).isEqualTo(403);
		assertThat(shop.get("/stores", "Authorization", user.bearer()).statusCode()).as("a customer").isEqualTo(403);

		JsonNode seller = ok(
				shop.put("/users/" + user.id() + "/roles", "{\"roles\": [\"SELLER\"]}", "Authorization", admin));
		assertThat(seller.path("roles").toString()).isEqualTo("[\"SELLER\"]");
		String asSeller = shop.bearer(user.email(), PASSWORD);
		assertThat(shop.get("/stores", "Authorization", asSeller).statusCode()).as("a seller reads the stores")
			.isEqualTo(200);
		assertThat(shop.put("/users/" + user.id() + "/roles", "{\"roles\": [\"SERVICE\"]}", "Authorization", admin)
			.statusCode()).isEqualTo(400);

		JsonNode disabled = ok(shop.post("/users/" + user.id() + "/disable", "{}", "Authorization", admin));
		assertThat(disabled.path("enabled").asBoolean()).isFalse();
		assertThat(shop.post("/auth/login", "{\"email\": \"" + user.email() + "\", \"password\": \"" + PASSWORD + "\"}")
			.statusCode()).as("a disabled account signs in no more").isEqualTo(401);
		assertThat(shop.post("/auth/refresh", "{\"refreshToken\": \"" + login.path("refreshToken").asString() + "\"}")
			.statusCode()).as("nor stays signed in").isEqualTo(401);
		assertThat(ok(shop.get("/users/" + user.id(), "Authorization", admin)).path("enabled").asBoolean()).isFalse();
	}

	private static String cartWith(ShopClient shop, String bearer, Item item, int quantity) {
		String cartId = ok(shop.post("/carts", "{}", "Authorization", bearer)).path("id").asString();
		ok(shop.post("/carts/" + cartId + "/items", "{\"sku\": \"" + item.sku() + "\", \"quantity\": " + quantity + "}",
				"Authorization", bearer));
		ok(shop.put("/carts/" + cartId + "/destination", "{\"country\": \"GB\", \"postalCode\": \"SW1Y 4JH\"}",
				"Authorization", bearer));
		return cartId;
	}

}
