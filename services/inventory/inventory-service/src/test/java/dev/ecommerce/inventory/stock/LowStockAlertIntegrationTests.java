package dev.ecommerce.inventory.stock;

import java.util.List;
import java.util.Map;

import dev.ecommerce.inventory.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.inventory.InventoryMother.newSku;
import static dev.ecommerce.inventory.InventoryMother.warehouse;
import static org.assertj.core.api.Assertions.assertThat;

class LowStockAlertIntegrationTests extends ServiceIntegrationTest {

	@Test
	void anAlertOpensOnceWhenStockFallsToTheThresholdAndClosesWhenRestocked() {
		String sku = newSku();
		String store = stocked(warehouse(), Map.of());
		put("/stores/" + store + "/stock/" + sku, TestTokens.admin(), Map.of("onHand", 10, "lowStockThreshold", 3));

		sell(store, sku, 6);
		assertThat(openAlerts(sku)).as("4 is above 3").isEmpty();
		sell(store, sku, 1);
		sell(store, sku, 1);
		sell(store, sku, 1);

		List<JsonNode> open = openAlerts(sku);
		assertThat(open).hasSize(1);
		assertThat(open.get(0).path("available").asInt()).isEqualTo(3);
		assertThat(open.get(0).path("threshold").asInt()).isEqualTo(3);
		assertThat(detected(sku)).as("once, not once per sale").isEqualTo(1);

		post("/stores/" + store + "/stock/" + sku + "/adjustments", TestTokens.admin(),
				Map.of("delta", 10, "reason", "RECEIPT"));
		assertThat(openAlerts(sku)).isEmpty();

		sell(store, sku, 10);
		assertThat(openAlerts(sku)).hasSize(1);
		assertThat(detected(sku)).as("a new alert after the restock").isEqualTo(2);
	}

	@Test
	void alertsAreForSellersAndAdmins() {
		assertThat(get("/inventory/alerts", null).status()).isEqualTo(401);
		assertThat(get("/inventory/alerts", TestTokens.customer()).status()).isEqualTo(403);
		assertThat(get("/inventory/alerts", TestTokens.seller()).json().path("items")).isEmpty();
		assertThat(get("/inventory/alerts?size=101", TestTokens.admin()).status()).isEqualTo(400);
	}

	private void sell(String store, String sku, int units) {
		Reply reply = post("/stores/" + store + "/stock/" + sku + "/adjustments", TestTokens.admin(),
				Map.of("delta", -units, "reason", "SALE"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	private List<JsonNode> openAlerts(String sku) {
		Reply reply = get("/inventory/alerts?size=100", TestTokens.admin());
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json()
			.path("items")
			.valueStream()
			.filter((alert) -> alert.path("sku").asString().equals(sku))
			.toList();
	}

	private long detected(String sku) {
		return this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE type = ? AND subject = ?")
			.params("dev.ecommerce.inventory.LowStockDetected.v1", sku)
			.query(Long.class)
			.single();
	}

}
