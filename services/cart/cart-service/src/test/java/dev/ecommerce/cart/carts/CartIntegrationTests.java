package dev.ecommerce.cart.carts;

import java.util.Map;
import java.util.UUID;

import dev.ecommerce.cart.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Carts of guests and users: who may see them, the limits on their lines, and their
 * totals at the catalog's prices.
 */
class CartIntegrationTests extends ServiceIntegrationTest {

	private static final String TOKEN = "X-Cart-Token";

	@Test
	void aGuestCartOpensOnlyWithItsToken() {
		Reply created = post("/carts", null, null);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().path("id").asString();
		String token = created.json().path("cartToken").asString();
		assertThat(token).hasSizeGreaterThan(40);
		assertThat(created.header("Location")).isEqualTo("/carts/" + id);
		assertThat(created.json().path("userId").isNull()).isTrue();

		Reply mine = get("/carts/" + id, null, TOKEN, token);
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json().path("cartToken").isNull()).as("the token is given once").isTrue();
		assertThat(get("/carts/" + id, null).status()).isEqualTo(404);
		assertThat(get("/carts/" + id, null, TOKEN, token + "x").status()).isEqualTo(404);
		assertThat(get("/carts/" + id, TestTokens.customer()).status()).isEqualTo(404);
		String other = post("/carts", null, null).json().path("cartToken").asString();
		assertThat(get("/carts/" + id, null, TOKEN, other).status()).as("another guest's token").isEqualTo(404);
		assertThat(get("/carts/" + UUID.randomUUID(), null, TOKEN, token).status()).isEqualTo(404);
		assertThat(get("/carts/not-a-uuid", null, TOKEN, token).status()).isEqualTo(400);
	}

	@Test
	void aUsersCartIsItsOwnOnlyAndAnotherServiceMayReadIt() {
		TestTokens.Token user = TestTokens.customer();
		Reply created = post("/carts", user, null);
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(created.json().path("userId").asString()).isEqualTo(user.userId().toString());
		assertThat(created.json().path("cartToken").isNull()).isTrue();

		Reply again = post("/carts", user, null);
		assertThat(again.status()).as("one cart per user").isEqualTo(200);
		assertThat(again.json().path("id").asString()).isEqualTo(id);
		assertThat(get("/carts/mine", user).json().path("id").asString()).isEqualTo(id);
		assertThat(get("/carts/" + id, user).status()).isEqualTo(200);

		TestTokens.Token stranger = TestTokens.customer();
		assertThat(get("/carts/" + id, stranger).status()).isEqualTo(404);
		assertThat(get("/carts/" + id, null).status()).isEqualTo(404);
		assertThat(post("/carts/" + id + "/items", stranger, Map.of("sku", newSku(), "quantity", 1)).status())
			.isEqualTo(404);
		assertThat(delete("/carts/" + id, stranger).status()).isEqualTo(404);
		assertThat(get("/carts/" + id, TestTokens.service()).status()).isEqualTo(200);
		assertThat(delete("/carts/" + id, TestTokens.service()).status()).as("a service only reads").isEqualTo(404);
		assertThat(get("/carts/mine", stranger).status()).as("no cart yet").isEqualTo(404);
		assertThat(get("/carts/mine", null).status()).isEqualTo(401);

		assertThat(delete("/carts/" + id, user).status()).isEqualTo(204);
		assertThat(get("/carts/" + id, user).status()).isEqualTo(404);
	}

	@Test
	void itemsArePricedByTheCatalogAndTotalledToThePenny() {
		String lamp = newSku();
		String mug = newSku();
		UUID lampProduct = stubSku(lamp, 1299, 10);
		stubSku(mug, 450, 10);
		TestTokens.Token user = TestTokens.customer();
		String id = post("/carts", user, null).json().path("id").asString();

		Reply added = post("/carts/" + id + "/items", user, Map.of("sku", lamp, "quantity", 2));
		assertThat(added.status()).as(added.toString()).isEqualTo(200);
		post("/carts/" + id + "/items", user, Map.of("sku", mug, "quantity", 1));
		Reply cart = post("/carts/" + id + "/items", user, Map.of("sku", lamp, "quantity", 1));
		JsonNode items = cart.json().path("items");
		assertThat(items).hasSize(2);
		assertThat(items.get(0).path("sku").asString()).isEqualTo(lamp);
		assertThat(items.get(0).path("quantity").asInt()).as("quantities add").isEqualTo(3);
		assertThat(items.get(0).path("productId").asString()).isEqualTo(lampProduct.toString());
		assertThat(items.get(0).path("name").asString()).isEqualTo("Product " + lamp);
		assertThat(items.get(0).path("unitPrice").path("amount").asLong()).isEqualTo(1299);
		assertThat(items.get(0).path("lineTotal").path("amount").asLong()).isEqualTo(3897);
		assertThat(items.get(0).path("available").asInt()).isEqualTo(10);
		// 38.97 + 4.50 = 43.47; no destination: no shipping, GB VAT 8.694 → 8.69
		assertThat(totals(cart)).isEqualTo("4347 - 0 + 0 + 869 = 5216 GBP");
		assertThat(codes(cart)).containsExactly("SHIPPING_UNKNOWN");

		Reply changed = patch("/carts/" + id + "/items/" + lamp, user, Map.of("quantity", 1));
		assertThat(changed.json().path("items").get(0).path("quantity").asInt()).isEqualTo(1);
		assertThat(totals(changed)).isEqualTo("1749 - 0 + 0 + 350 = 2099 GBP");
		Reply mergePatch = patch("/carts/" + id + "/items/" + lamp, user, Map.of("quantity", 2), "Content-Type",
				"application/merge-patch+json");
		assertThat(mergePatch.status()).as(mergePatch.toString()).isEqualTo(200);
		assertThat(mergePatch.json().path("items").get(0).path("quantity").asInt()).isEqualTo(2);
		assertThat(patch("/carts/" + id + "/items/" + lamp, user, Map.of("quantity", 1)).status()).isEqualTo(200);
		Reply removed = delete("/carts/" + id + "/items/" + mug, user);
		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.json().path("items")).hasSize(1);
		assertThat(delete("/carts/" + id + "/items/" + mug, user).status()).as("not in the cart").isEqualTo(404);
		assertThat(patch("/carts/" + id + "/items/" + mug, user, Map.of("quantity", 1)).status()).isEqualTo(404);
	}

	@Test
	void everyBadItemIsRefusedAndChangesNothing() {
		String sku = newSku();
		stubSku(sku, 1000, 5);
		String archived = newSku();
		stubSku(archived, 1000, 5, "ARCHIVED");
		TestTokens.Token user = TestTokens.customer();
		String id = post("/carts", user, null).json().path("id").asString();
		String items = "/carts/" + id + "/items";

		assertThat(post(items, user, Map.of("sku", "UNKNOWN-" + newSku(), "quantity", 1)).status()).isEqualTo(404);
		assertThat(post(items, user, Map.of("sku", archived, "quantity", 1)).status()).isEqualTo(404);
		Reply zero = post(items, user, Map.of("sku", sku, "quantity", 0));
		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.json().path("errors").get(0).path("field").asString()).isEqualTo("quantity");
		assertThat(post(items, user, Map.of("sku", sku, "quantity", 100)).status()).isEqualTo(400);
		assertThat(post(items, user, Map.of("sku", sku)).status()).isEqualTo(400);
		assertThat(post(items, user, Map.of("sku", "bad sku!", "quantity", 1)).status()).isEqualTo(400);
		assertThat(post(items, user, "{not json").status()).isEqualTo(400);
		Reply tooMany = post(items, user, Map.of("sku", sku, "quantity", 6));
		assertThat(tooMany.status()).isEqualTo(409);
		assertThat(tooMany.json().path("type").asString()).endsWith("/insufficient-stock");
		assertThat(post(items, user, Map.of("sku", sku, "quantity", 5)).status()).isEqualTo(200);
		assertThat(post(items, user, Map.of("sku", sku, "quantity", 1)).status()).as("5 + 1 > 5").isEqualTo(409);
		assertThat(patch(items + "/" + sku, user, Map.of("quantity", 6)).status()).isEqualTo(409);
		assertThat(patch(items + "/" + sku, user, Map.of("quantity", 0)).status()).isEqualTo(400);
		assertThat(patch(items + "/" + sku, user, Map.of("quantity", 3)).status()).as("lowering needs no stock")
			.isEqualTo(200);

		Reply cart = get("/carts/" + id, user);
		assertThat(cart.json().path("items")).hasSize(1);
		assertThat(cart.json().path("items").get(0).path("quantity").asInt()).isEqualTo(3);
	}

	@Test
	void aLineHoldsAtMost99UnitsAndACartAtMost100Lines() {
		String plenty = newSku();
		stubSku(plenty, 100, 1000);
		TestTokens.Token user = TestTokens.customer();
		String id = post("/carts", user, null).json().path("id").asString();
		String items = "/carts/" + id + "/items";
		assertThat(post(items, user, Map.of("sku", plenty, "quantity", 99)).status()).isEqualTo(200);
		Reply over = post(items, user, Map.of("sku", plenty, "quantity", 1));
		assertThat(over.status()).isEqualTo(400);
		assertThat(over.json().path("errors").get(0).path("message").asString()).contains("99");
		for (int i = 1; i < 100; i++) {
			String sku = plenty + "-" + i;
			stubSku(sku, 100, 1000);
			assertThat(post(items, user, Map.of("sku", sku, "quantity", 1)).status()).isEqualTo(200);
		}
		String last = plenty + "-100";
		stubSku(last, 100, 1000);
		Reply full = post(items, user, Map.of("sku", last, "quantity", 1));
		assertThat(full.status()).as(full.toString()).isEqualTo(400);
		assertThat(get("/carts/" + id, user).json().path("items")).hasSize(100);
	}

	@Test
	void aGuestCartJoinsTheUsersCartAtSignInWithQuantitiesAddedAndCappedAtStock() {
		String both = newSku();
		String guestOnly = newSku();
		String scarce = newSku();
		stubSku(both, 1000, 50);
		stubSku(guestOnly, 200, 50);
		stubSku(scarce, 300, 4);
		Reply guest = post("/carts", null, null);
		String guestId = guest.json().path("id").asString();
		String token = guest.json().path("cartToken").asString();
		post("/carts/" + guestId + "/items", null, Map.of("sku", both, "quantity", 2), TOKEN, token);
		post("/carts/" + guestId + "/items", null, Map.of("sku", guestOnly, "quantity", 1), TOKEN, token);
		post("/carts/" + guestId + "/items", null, Map.of("sku", scarce, "quantity", 3), TOKEN, token);

		TestTokens.Token user = TestTokens.customer();
		String id = post("/carts", user, null).json().path("id").asString();
		post("/carts/" + id + "/items", user, Map.of("sku", both, "quantity", 3));
		post("/carts/" + id + "/items", user, Map.of("sku", scarce, "quantity", 2));

		assertThat(post("/carts/" + id + "/merge", user, Map.of("guestCartId", guestId, "cartToken", "wrong")).status())
			.isEqualTo(404);
		assertThat(post("/carts/" + id + "/merge", null, Map.of("guestCartId", guestId, "cartToken", token)).status())
			.isEqualTo(401);
		assertThat(post("/carts/" + id + "/merge", TestTokens.customer(),
				Map.of("guestCartId", guestId, "cartToken", token))
			.status()).as("another user's cart").isEqualTo(404);

		Reply merged = post("/carts/" + id + "/merge", user, Map.of("guestCartId", guestId, "cartToken", token));
		assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
		Map<String, Integer> quantities = new java.util.HashMap<>();
		merged.json()
			.path("items")
			.forEach((item) -> quantities.put(item.path("sku").asString(), item.path("quantity").asInt()));
		assertThat(quantities).isEqualTo(Map.of(both, 5, scarce, 4, guestOnly, 1));
		assertThat(get("/carts/" + guestId, null, TOKEN, token).status()).as("the guest cart is gone").isEqualTo(404);
		assertThat(post("/carts/" + id + "/merge", user, Map.of("guestCartId", guestId, "cartToken", token)).status())
			.isEqualTo(404);
	}

	@Test
	void addingAnItemAnnouncesItAndRemovingItToo() {
		String sku = newSku();
		UUID product = stubSku(sku, 700, 9);
		Reply guest = post("/carts", null, null);
		String id = guest.json().path("id").asString();
		String token = guest.json().path("cartToken").asString();
		post("/carts/" + id + "/items", null, Map.of("sku", sku, "quantity", 2), TOKEN, token);
		patch("/carts/" + id + "/items/" + sku, null, Map.of("quantity", 5), TOKEN, token);
		delete("/carts/" + id + "/items/" + sku, null, TOKEN, token);

		var events = this.jdbc.sql("SELECT type, payload::text FROM outbox_event WHERE subject = ? ORDER BY sequence")
			.param(id)
			.query((rs, row) -> rs.getString(1) + " " + json.readTree(rs.getString(2)).path("quantity").asInt())
			.list();
		assertThat(events).containsExactly("dev.ecommerce.cart.CartItemAdded.v1 2",
				"dev.ecommerce.cart.CartItemAdded.v1 3", "dev.ecommerce.cart.CartItemRemoved.v1 5");
		JsonNode added = json.readTree(
				this.jdbc.sql("SELECT payload::text FROM outbox_event WHERE subject = ? ORDER BY sequence LIMIT 1")
					.param(id)
					.query(String.class)
					.single());
		assertThat(added.path("cartId").asString()).isEqualTo(id);
		assertThat(added.path("sessionId").asString()).isEqualTo(id);
		assertThat(added.path("userId").isNull()).isTrue();
		assertThat(added.path("sku").asString()).isEqualTo(sku);
		assertThat(added.path("productId").asString()).isEqualTo(product.toString());
	}

	@Test
	void guestCartsUntouchedForThirtyDaysAreRemovedAndUsersCartsStay(
			@org.springframework.beans.factory.annotation.Autowired GuestCartCleanup cleanup) {
		String stale = post("/carts", null, null).json().path("id").asString();
		String recent = post("/carts", null, null).json().path("id").asString();
		TestTokens.Token user = TestTokens.customer();
		String users = post("/carts", user, null).json().path("id").asString();
		this.jdbc.sql("UPDATE cart SET updated_at = now() - interval '31 days' WHERE id IN (?, ?)")
			.params(UUID.fromString(stale), UUID.fromString(users))
			.update();
		this.jdbc.sql("UPDATE cart SET updated_at = now() - interval '29 days' WHERE id = ?")
			.param(UUID.fromString(recent))
			.update();
		assertThat(cleanup.removeStaleGuestCarts()).isGreaterThanOrEqualTo(1);
		assertThat(exists(stale)).isFalse();
		assertThat(exists(recent)).isTrue();
		assertThat(exists(users)).isTrue();
	}

	@Test
	void aClosedAccountTakesItsCartAlong() throws Exception {
		TestTokens.Token user = TestTokens.customer();
		String id = post("/carts", user, null).json().path("id").asString();
		String other = post("/carts", TestTokens.customer(), null).json().path("id").asString();
		publish("user.events", dev.ecommerce.user.api.UserDeleted.TYPE, user.userId().toString(),
				new dev.ecommerce.user.api.UserDeleted(user.userId(), java.time.Instant.now()));
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !exists(id));
		assertThat(exists(other)).isTrue();
	}

	private boolean exists(String cart) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM cart WHERE id = ?)")
			.param(UUID.fromString(cart))
			.query(Boolean.class)
			.single();
	}

	static String totals(Reply cart) {
		JsonNode t = cart.json().path("totals");
		return t.path("subtotal").path("amount").asLong() + " - " + t.path("discount").path("amount").asLong() + " + "
				+ t.path("shipping").path("amount").asLong() + " + " + t.path("tax").path("amount").asLong() + " = "
				+ t.path("total").path("amount").asLong() + " " + t.path("total").path("currency").asString();
	}

	static java.util.List<String> codes(Reply cart) {
		return cart.json().path("warnings").findValuesAsString("code");
	}

}
