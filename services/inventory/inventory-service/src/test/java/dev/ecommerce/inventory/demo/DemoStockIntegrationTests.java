package dev.ecommerce.inventory.demo;

import dev.ecommerce.inventory.InventoryMother;
import dev.ecommerce.inventory.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DemoStockIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	private DemoStock demoStock;

	@Test
	void theDemoStoresHoldStockForTheDemoCatalogAndLoadOnlyIntoAnEmptyInventory() {
		post("/stores", TestTokens.admin(), InventoryMother.warehouse());
		this.demoStock.loadIfEmpty();
		assertThat(codes()).as("not into an inventory with stores").doesNotContain("WH-LONDON");

		this.demoStock.load();

		assertThat(codes()).contains("WH-LONDON", "WH-LEEDS", "SHOP-BRIGHTON");
		long skus = this.jdbc.sql("SELECT count(DISTINCT sku) FROM stock_level WHERE sku ~ '^[0-9]{5}'")
			.query(Long.class)
			.single();
		assertThat(skus).as("nearly all of the 3,630 demo SKUs are in stock").isBetween(3400L, 3630L);
		JsonNode globe = get("/inventory/10002", null).json();
		long events = this.jdbc.sql("SELECT count(*) FROM outbox_event WHERE subject = '10002'")
			.query(Long.class)
			.single();
		assertThat(events).isEqualTo(globe.path("stores").size());
		assertThat(this.jdbc
			.sql("SELECT bool_and(on_hand = (SELECT sum(quantity) FROM stock_movement m "
					+ "WHERE m.store_id = l.store_id AND m.sku = l.sku)) FROM stock_level l WHERE sku ~ '^[0-9]{5}'")
			.query(Boolean.class)
			.single()).as("the ledger adds up to what is on hand").isTrue();
	}

	private java.util.List<String> codes() {
		return this.jdbc.sql("SELECT code FROM store").query(String.class).list();
	}

}
