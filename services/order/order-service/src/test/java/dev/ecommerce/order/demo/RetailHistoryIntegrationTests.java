package dev.ecommerce.order.demo;

import java.util.UUID;

import dev.ecommerce.order.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shoppers' order history, loaded from the extract the service ships: every
 * invoice a delivered order, to the penny, once however often the service starts, and no
 * event about any of it.
 */
class RetailHistoryIntegrationTests extends ServiceIntegrationTest {

	/** {@code shopper-14911@demo.shop}, in Ireland: postage on many invoices. */
	private static final UUID SHOPPER_14911 = UUID.fromString("ae5c48fe-20c0-39ec-a912-edd67944081b");

	@Autowired
	private RetailHistory history;

	@Test
	void everyInvoiceOfTheShoppersIsADeliveredOrderOnceAndNothingIsPublished() throws Exception {
		this.jdbc.sql("DELETE FROM orders WHERE number LIKE 'INV-%'").update();

		assertThat(this.history.loadIfAbsent()).isEqualTo(new RetailHistory.Loaded(1373, 25874));
		assertThat(this.history.loadIfAbsent()).as("loaded already").isEqualTo(new RetailHistory.Loaded(0, 0));

		assertThat(count("SELECT count(*) FROM orders WHERE number LIKE 'INV-%' AND status = 'DELIVERED'"))
			.isEqualTo(1373);
		assertThat(count("SELECT count(*) FROM orders o WHERE number LIKE 'INV-%' AND (total <> subtotal + shipping"
				+ " OR subtotal <> (SELECT sum(line_total) FROM order_line l WHERE l.order_id = o.id))"))
			.as("totals add up")
			.isZero();
		assertThat(count("SELECT count(*) FROM outbox_event WHERE subject IN "
				+ "(SELECT id::text FROM orders WHERE number LIKE 'INV-%')"))
			.as("history publishes nothing")
			.isZero();
		assertThat(count("SELECT count(*) FROM orders WHERE saga_step <> 'DONE' AND number LIKE 'INV-%'")).isZero();
	}

	@Test
	void aShopperPagesThroughTheirHistoryNewestFirstToThePenny() throws Exception {
		this.history.loadIfAbsent();
		TestTokens.Token shopper = TestTokens.as(SHOPPER_14911, "CUSTOMER");

		JsonNode first = get("/orders?size=2", shopper).json();
		assertThat(first.path("totalItems").asLong()).isEqualTo(131);
		assertThat(first.path("totalPages").asLong()).isEqualTo(66);
		JsonNode newest = first.path("items").get(0);
		assertThat(newest.path("number").asString()).isEqualTo("INV-569130");
		assertThat(newest.path("createdAt").asString()).isEqualTo("2011-09-30T13:46:00Z");
		assertThat(newest.path("lines").findValuesAsString("sku")).hasSize(3);
		assertThat(newest.at("/totals/subtotal/amount").asLong()).isEqualTo(6630);
		assertThat(newest.at("/totals/shipping/amount").asLong()).isEqualTo(5000);
		assertThat(newest.at("/totals/tax/amount").asLong()).isZero();
		assertThat(newest.at("/totals/total/amount").asLong()).isEqualTo(11630);
		assertThat(newest.at("/totals/total/currency").asString()).isEqualTo("GBP");
		long lines = 0;
		for (JsonNode line : newest.path("lines")) {
			assertThat(line.at("/lineTotal/amount").asLong())
				.isEqualTo(line.path("quantity").asLong() * line.at("/unitPrice/amount").asLong());
			lines += line.at("/lineTotal/amount").asLong();
		}
		assertThat(lines).isEqualTo(6630);
		assertThat(newest.path("statusHistory").findValuesAsString("status")).containsExactly("PENDING", "CONFIRMED",
				"SHIPPED", "DELIVERED");
		assertThat(newest.at("/shippingAddress/country").asString()).isEqualTo("IE");

		JsonNode last = get("/orders?size=2&page=65", shopper).json();
		assertThat(last.path("items").findValuesAsString("number")).containsExactly("INV-536540");
		JsonNode asTheUserServiceAsks = get("/orders?userId=" + SHOPPER_14911 + "&size=100&page=1",
				TestTokens.service())
			.json();
		assertThat(asTheUserServiceAsks.path("items")).hasSize(31);
	}

	@Test
	void aHistoricOrderCannotBeCancelledOrReturned() throws Exception {
		this.history.loadIfAbsent();
		TestTokens.Token shopper = TestTokens.as(SHOPPER_14911, "CUSTOMER");
		String id = get("/orders?size=1", shopper).json().at("/items/0/id").asString();
		String sku = get("/orders/" + id, shopper).json().at("/lines/0/sku").asString();

		assertThat(post("/orders/" + id + "/cancel", shopper, "{}").status()).isEqualTo(409);
		assertThat(post("/orders/" + id + "/returns", shopper,
				"{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}],\"reason\":\"changed my mind\"}")
			.status()).as("delivered long ago: outside the return window").isEqualTo(409);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
