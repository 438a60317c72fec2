package dev.ecommerce.inventory.stock;

import java.util.List;
import java.util.Map;

import dev.ecommerce.inventory.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.inventory.InventoryMother.newSku;
import static dev.ecommerce.inventory.InventoryMother.store;
import static dev.ecommerce.inventory.InventoryMother.warehouse;
import static org.assertj.core.api.Assertions.assertThat;

class StockIntegrationTests extends ServiceIntegrationTest {

	@Test
	void settingAndAdjustingStockRecordsEveryMovementAndTheLedgerAddsUpToOnHand() {
		String store = newStore(warehouse());
		String sku = newSku();

		Reply set = put(stock(store, sku), TestTokens.admin(), Map.of("onHand", 10, "lowStockThreshold", 2));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json().path("available").asInt()).isEqualTo(10);
		assertThat(set.json().path("lowStockThreshold").asInt()).isEqualTo(2);

		assertThat(adjust(store, sku, 5, "RECEIPT").json().path("onHand").asInt()).isEqualTo(15);
		assertThat(adjust(store, sku, -3, "WRITE_OFF").json().path("onHand").asInt()).isEqualTo(12);
		assertThat(adjust(store, sku, -2, "CORRECTION").json().path("onHand").asInt()).isEqualTo(10);
		Reply recount = put(stock(store, sku), TestTokens.admin(), Map.of("onHand", 7, "note", "counted"));
		assertThat(recount.json().path("onHand").asInt()).isEqualTo(7);
		assertThat(recount.json().path("lowStockThreshold").asInt()).as("kept").isEqualTo(2);

		List<Map<String, Object>> movements = this.jdbc
			.sql("SELECT kind, quantity, on_hand_after, note FROM stock_movement WHERE sku = ? ORDER BY at")
			.param(sku)
			.query()
			.listOfRows();
		assertThat(movements).extracting((row) -> row.get("kind") + " " + row.get("quantity"))
			.containsExactly("CORRECTION 10", "RECEIPT 5", "WRITE_OFF -3", "CORRECTION -2", "CORRECTION -3");
		assertThat(movements.get(4).get("note")).isEqualTo("counted");
		assertThat(this.jdbc.sql("SELECT sum(quantity) FROM stock_movement WHERE sku = ?")
			.param(sku)
			.query(Integer.class)
			.single()).isEqualTo(7);

		JsonNode ledger = get("/stores/" + store + "/stock/" + sku + "/movements?size=2", TestTokens.admin()).json();
		assertThat(ledger.path("totalItems").asInt()).isEqualTo(5);
		assertThat(ledger.path("items").findValuesAsString("kind")).as("newest first")
			.containsExactly("CORRECTION", "CORRECTION");
		assertThat(ledger.at("/items/0/quantity").asInt()).isEqualTo(-3);
		assertThat(ledger.at("/items/0/onHandAfter").asInt()).isEqualTo(7);
		assertThat(ledger.at("/items/0/note").asString()).isEqualTo("counted");
		assertThat(ledger.at("/items/0/actor").asString()).isNotBlank();
	}

	@Test
	void stockCannotGoBelowZeroAndBadAdjustmentsAreRefused() {
		String store = newStore(warehouse());
		String sku = newSku();
		put(stock(store, sku), TestTokens.admin(), Map.of("onHand", 2));

		Reply tooMuch = adjust(store, sku, -3, "SALE");
		assertThat(tooMuch.status()).isEqualTo(409);
		assertThat(tooMuch.json().path("type").asString()).endsWith("/insufficient-stock");
		assertThat(adjust(store, sku, 3, "WRITE_OFF").status()).isEqualTo(400);
		assertThat(adjust(store, sku, -1, "RECEIPT").status()).isEqualTo(400);
		assertThat(adjust(store, sku, 0, "CORRECTION").status()).isEqualTo(400);
		assertThat(adjust(store, sku, 1, "THEFT").status()).isEqualTo(400);
		assertThat(adjust(store, sku, 1_000_000_000, "RECEIPT").status()).isEqualTo(400);
		assertThat(put(stock(store, sku), TestTokens.admin(), Map.of("onHand", -1)).status()).isEqualTo(400);
		assertThat(put(stock(store, sku), TestTokens.admin(), Map.of("lowStockThreshold", 1)).status()).isEqualTo(400);
		assertThat(put(stock(store, "bad sku!"), TestTokens.admin(), Map.of("onHand", 1)).status()).isEqualTo(400);
		assertThat(put(stock(store, sku), TestTokens.admin(), "{\"onHand\": \"many\"}").status()).isEqualTo(400);
		assertThat(put(stock("00000000-0000-0000-0000-000000000000", sku), TestTokens.admin(), Map.of("onHand", 1))
			.status()).isEqualTo(404);
		assertThat(put(stock(store, sku), TestTokens.customer(), Map.of("onHand", 1)).status()).isEqualTo(403);

		assertThat(get("/stores/" + store + "/stock", TestTokens.admin()).json().at("/items/0/onHand").asInt())
			.isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT count(*) FROM stock_movement WHERE sku = ?")
			.param(sku)
			.query(Long.class)
			.single()).as("nothing half written").isEqualTo(1);
	}

	@Test
	void availabilityIsSummedOverActiveStores() {
		String sku = newSku();
		String warehouse = newStore(warehouse());
		Map<String, Object> shopRequest = store("RETAIL");
		String shop = newStore(shopRequest);
		put(stock(warehouse, sku), TestTokens.admin(), Map.of("onHand", 4));
		put(stock(shop, sku), TestTokens.admin(), Map.of("onHand", 3));

		JsonNode availability = get("/inventory/" + sku, null).json();
		assertThat(availability.path("available").asInt()).isEqualTo(7);
		assertThat(availability.path("inStock").asBoolean()).isTrue();
		assertThat(availability.path("stores").findValuesAsString("storeId")).containsExactly(warehouse, shop);

		shopRequest.put("active", false);
		put("/stores/" + shop, TestTokens.admin(), shopRequest);
		assertThat(get("/inventory/" + sku, null).json().path("available").asInt()).isEqualTo(4);
		assertThat(json
			.readTree(this.jdbc
				.sql("SELECT payload::text FROM outbox_event WHERE subject = ? " + "ORDER BY sequence DESC LIMIT 1")
				.param(sku)
				.query(String.class)
				.single())
			.path("totalAvailable")
			.asInt()).as("the deactivation is announced").isEqualTo(4);

		JsonNode unknown = get("/inventory/" + newSku(), null).json();
		assertThat(unknown.path("available").asInt()).isZero();
		assertThat(unknown.path("inStock").asBoolean()).isFalse();
		assertThat(get("/inventory/bad%20sku", null).status()).isEqualTo(400);
	}

	@Test
	void everyChangeOfAStoresStockIsAnnouncedWithTheTotalOverActiveStores() {
		String sku = newSku();
		String warehouse = newStore(warehouse());
		String shop = newStore(store("RETAIL"));
		put(stock(warehouse, sku), TestTokens.admin(), Map.of("onHand", 4));
		put(stock(shop, sku), TestTokens.admin(), Map.of("onHand", 3));
		adjust(shop, sku, -1, "WRITE_OFF");
		put(stock(shop, sku), TestTokens.admin(), Map.of("onHand", 2, "lowStockThreshold", 1));

		List<JsonNode> events = this.jdbc
			.sql("SELECT payload::text FROM outbox_event WHERE type = 'dev.ecommerce.inventory.StockLevelChanged.v1' "
					+ "AND subject = ? ORDER BY sequence")
			.param(sku)
			.query(String.class)
			.list()
			.stream()
			.map(json::readTree)
			.toList();
		assertThat(events)
			.extracting((event) -> event.path("storeId").asString() + " " + event.path("onHand").asInt() + " "
					+ event.path("totalAvailable").asInt())
			.as("a change of the threshold alone is no change of stock")
			.containsExactly(warehouse + " 4 4", shop + " 3 7", shop + " 2 6");
	}

	private String newStore(Map<String, Object> request) {
		return post("/stores", TestTokens.admin(), request).json().path("id").asString();
	}

	private Reply adjust(String store, String sku, int delta, String reason) {
		return post(stock(store, sku) + "/adjustments", TestTokens.admin(), Map.of("delta", delta, "reason", reason));
	}

	private static String stock(String store, String sku) {
		return "/stores/" + store + "/stock/" + sku;
	}

}
