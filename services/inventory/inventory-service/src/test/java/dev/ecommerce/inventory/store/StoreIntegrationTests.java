package dev.ecommerce.inventory.store;

import java.util.Map;

import dev.ecommerce.inventory.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.inventory.InventoryMother.newSku;
import static dev.ecommerce.inventory.InventoryMother.store;
import static dev.ecommerce.inventory.InventoryMother.warehouse;
import static org.assertj.core.api.Assertions.assertThat;

class StoreIntegrationTests extends ServiceIntegrationTest {

	@Test
	void anAdminCreatesReadsReplacesAndDeletesAStore() {
		Map<String, Object> request = store("RETAIL");
		Reply created = post("/stores", TestTokens.admin(), request);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(created.header("Location")).isEqualTo("/stores/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
		assertThat(created.json().path("active").asBoolean()).isTrue();
		assertThat(created.json().at("/address/city").asString()).isEqualTo("London");

		Reply read = get("/stores/" + id, TestTokens.seller());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("code").asString()).isEqualTo(request.get("code"));

		request.put("active", false);
		request.put("name", "Renamed");
		Reply replaced = put("/stores/" + id, TestTokens.admin(), request, "If-Match", "\"1\"");
		assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
		assertThat(replaced.json().path("active").asBoolean()).isFalse();
		assertThat(replaced.json().path("name").asString()).isEqualTo("Renamed");
		assertThat(replaced.json().path("version").asLong()).isEqualTo(2);

		Reply stale = put("/stores/" + id, TestTokens.admin(), request, "If-Match", "\"1\"");
		assertThat(stale.status()).isEqualTo(412);

		assertThat(delete("/stores/" + id, TestTokens.admin()).status()).isEqualTo(204);
		assertThat(get("/stores/" + id, TestTokens.admin()).status()).isEqualTo(404);
	}

	@Test
	void aStoreWithStockCannotBeDeletedButCanBeDeactivated() {
		Map<String, Object> request = warehouse();
		String id = post("/stores", TestTokens.admin(), request).json().path("id").asString();
		String sku = newSku();
		assertThat(put("/stores/" + id + "/stock/" + sku, TestTokens.admin(), Map.of("onHand", 3)).status())
			.isEqualTo(200);

		Reply refused = delete("/stores/" + id, TestTokens.admin());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().path("type").asString()).endsWith("/store-holds-stock");
		assertThat(get("/stores/" + id, TestTokens.admin()).status()).isEqualTo(200);
		request.put("active", false);
		assertThat(put("/stores/" + id, TestTokens.admin(), request).json().path("active").asBoolean()).isFalse();
	}

	@Test
	void aStoreWhoseStockWasWrittenOffCanBeDeletedAndItsLedgerStays() {
		String id = post("/stores", TestTokens.admin(), warehouse()).json().path("id").asString();
		String sku = newSku();
		put("/stores/" + id + "/stock/" + sku, TestTokens.admin(), Map.of("onHand", 2));
		put("/stores/" + id + "/stock/" + sku, TestTokens.admin(), Map.of("onHand", 0));

		assertThat(delete("/stores/" + id, TestTokens.admin()).status()).isEqualTo(204);
		assertThat(this.jdbc.sql("SELECT count(*) FROM stock_movement WHERE sku = ?")
			.param(sku)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void onlyAdminsWriteStoresAndCustomersDoNotReadThem() {
		assertThat(post("/stores", TestTokens.seller(), warehouse()).status()).isEqualTo(403);
		assertThat(post("/stores", null, warehouse()).status()).isEqualTo(401);
		assertThat(get("/stores", TestTokens.customer()).status()).isEqualTo(403);
		assertThat(get("/stores", TestTokens.seller()).status()).isEqualTo(200);
	}

	@Test
	void aDuplicateCodeIsAConflict() {
		Map<String, Object> request = warehouse();
		post("/stores", TestTokens.admin(), request);

		Reply duplicate = post("/stores", TestTokens.admin(), request);

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().path("type").asString()).endsWith("/duplicate-store-code");
	}

	@Test
	void badStoresAreRefusedFieldByField() {
		Map<String, Object> request = warehouse();
		request.put("code", "lower case");
		request.put("type", null);
		request.put("address", Map.of("line1", "x", "city", "y", "postalCode", "z", "country", "Britain"));

		Reply refused = post("/stores", TestTokens.admin(), request);

		assertThat(refused.status()).isEqualTo(400);
		JsonNode errors = refused.json().path("errors");
		assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("code", "type", "address.country");
		assertThat(post("/stores", TestTokens.admin(), "{\"type\": \"MOON\"}").status()).isEqualTo(400);
		assertThat(get("/stores/not-a-uuid", TestTokens.admin()).status()).isEqualTo(400);
		assertThat(get("/stores?size=101", TestTokens.admin()).status()).isEqualTo(400);
		assertThat(get("/stores?sort=colour", TestTokens.admin()).status()).isEqualTo(400);
	}

	@Test
	void storesArePagedAndSorted() {
		post("/stores", TestTokens.admin(), warehouse());
		post("/stores", TestTokens.admin(), warehouse());

		Reply page = get("/stores?size=1&sort=createdAt,desc", TestTokens.admin());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().path("items")).hasSize(1);
		assertThat(page.json().path("totalItems").asLong()).isGreaterThanOrEqualTo(2);
	}

}
