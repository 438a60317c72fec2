package dev.ecommerce.cart.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.cart.ServiceIntegrationTest;
import dev.ecommerce.inventory.api.StockLevelChanged;
import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.product.api.Money;
import dev.ecommerce.product.api.ProductArchived;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.api.ProductUpdated;
import dev.ecommerce.product.api.VariantPrice;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Prices and stock follow the product and inventory events, and the cart tells the
 * shopper what changed.
 */
class CatalogEventsIntegrationTests extends ServiceIntegrationTest {

	@Test
	void aNewPriceShowsInTheCartWithTheOldOneUntilTheShopperChangesTheLine() throws Exception {
		String sku = newSku();
		UUID product = stubSku(sku, 1000, 10);
		TestTokens.Token user = TestTokens.customer();
		String id = post("/carts", user, null).json().path("id").asString();
		post("/carts/" + id + "/items", user, Map.of("sku", sku, "quantity", 2));

		publish("product.events", ProductUpdated.TYPE, product.toString(),
				new ProductUpdated(product, UUID.randomUUID(), "Renamed", null, null, ProductStatus.ACTIVE,
						List.of(new VariantPrice(sku, new Money(1250, "GBP"))), 2, Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get("/carts/" + id, user).json()
				.path("items")
				.get(0)
				.path("unitPrice")
				.path("amount")
				.asLong() == 1250);
		Reply cart = get("/carts/" + id, user);
		JsonNode warning = warning(cart, "PRICE_CHANGED");
		assertThat(warning.path("sku").asString()).isEqualTo(sku);
		assertThat(warning.path("oldPrice").path("amount").asLong()).isEqualTo(1000);
		assertThat(warning.path("newPrice").path("amount").asLong()).isEqualTo(1250);
		assertThat(cart.json().path("items").get(0).path("name").asString()).isEqualTo("Renamed");
		assertThat(cart.json().path("totals").path("subtotal").path("amount").asLong()).isEqualTo(2500);

		// an older version arriving late changes nothing
		publish("product.events", ProductUpdated.TYPE, product.toString(),
				new ProductUpdated(product, UUID.randomUUID(), "Old", null, null, ProductStatus.ACTIVE,
						List.of(new VariantPrice(sku, new Money(900, "GBP"))), 1, Instant.now()));
		Reply seen = patch("/carts/" + id + "/items/" + sku, user, Map.of("quantity", 3));
		assertThat(seen.json().path("warnings").findValuesAsString("code")).doesNotContain("PRICE_CHANGED");
		assertThat(seen.json().path("items").get(0).path("unitPrice").path("amount").asLong()).isEqualTo(1250);
	}

	@Test
	void stockLevelsFollowTheInventoryAndAnItemThatRanOutIsFlagged() throws Exception {
		String sku = newSku();
		stubSku(sku, 800, 5);
		Reply guest = post("/carts", null, null);
		String id = guest.json().path("id").asString();
		String token = guest.json().path("cartToken").asString();
		post("/carts/" + id + "/items", null, Map.of("sku", sku, "quantity", 3), "X-Cart-Token", token);

		publish(StockLevelChanged.TOPIC, StockLevelChanged.TYPE, sku,
				new StockLevelChanged(sku, UUID.randomUUID(), 2, 0, 2, 2, Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get("/carts/" + id, null, "X-Cart-Token", token).json()
				.path("items")
				.get(0)
				.path("available")
				.asInt() == 2);
		assertThat(
				warning(get("/carts/" + id, null, "X-Cart-Token", token), "NOT_ENOUGH_STOCK").path("available").asInt())
			.isEqualTo(2);
		assertThat(post("/carts/" + id + "/items", null, Map.of("sku", sku, "quantity", 1), "X-Cart-Token", token)
			.status()).isEqualTo(409);

		publish(StockLevelChanged.TOPIC, StockLevelChanged.TYPE, sku,
				new StockLevelChanged(sku, UUID.randomUUID(), 0, 0, 0, 0, Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get("/carts/" + id, null, "X-Cart-Token", token).json()
				.path("warnings")
				.findValuesAsString("code")
				.contains("OUT_OF_STOCK"));
	}

	@Test
	void anArchivedProductLeavesTheTotalsWithAWarning() throws Exception {
		String kept = newSku();
		String gone = newSku();
		stubSku(kept, 500, 10);
		UUID product = stubSku(gone, 700, 10);
		TestTokens.Token user = TestTokens.customer();
		String id = post("/carts", user, null).json().path("id").asString();
		post("/carts/" + id + "/items", user, Map.of("sku", kept, "quantity", 1));
		post("/carts/" + id + "/items", user, Map.of("sku", gone, "quantity", 1));

		publish("product.events", ProductArchived.TYPE, product.toString(),
				new ProductArchived(product, UUID.randomUUID(), List.of(gone), 5, Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get("/carts/" + id, user).json()
				.path("warnings")
				.findValuesAsString("code")
				.contains("NO_LONGER_SOLD"));
		Reply cart = get("/carts/" + id, user);
		assertThat(warning(cart, "NO_LONGER_SOLD").path("sku").asString()).isEqualTo(gone);
		assertThat(cart.json().path("totals").path("subtotal").path("amount").asLong()).isEqualTo(500);
		assertThat(post("/carts/" + id + "/items", user, Map.of("sku", gone, "quantity", 1)).status()).isEqualTo(404);
	}

	private static JsonNode warning(Reply cart, String code) {
		for (JsonNode warning : cart.json().path("warnings")) {
			if (warning.path("code").asString().equals(code)) {
				return warning;
			}
		}
		throw new AssertionError("no " + code + " warning in " + cart);
	}

}
