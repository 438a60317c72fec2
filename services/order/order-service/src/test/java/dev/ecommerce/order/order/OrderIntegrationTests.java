package dev.ecommerce.order.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.order.OrderMother;
import dev.ecommerce.order.Peers;
import dev.ecommerce.order.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import static dev.ecommerce.order.OrderMother.newSku;
import static dev.ecommerce.order.OrderMother.order;
import static org.assertj.core.api.Assertions.assertThat;

class OrderIntegrationTests extends ServiceIntegrationTest {

	@Test
	void anOrderIsSeenByItsCustomerAndAdminsAndHiddenFromOthers() {
		TestTokens.Token ada = TestTokens.customer();
		String id = confirmedOrder(ada, newSku(), UUID.randomUUID());

		assertThat(get("/orders/" + id, ada).status()).isEqualTo(200);
		assertThat(get("/orders/" + id, ada).header("ETag")).isNotBlank();
		assertThat(get("/orders/" + id, TestTokens.admin()).status()).isEqualTo(200);
		assertThat(get("/orders/" + id, TestTokens.customer()).status()).isEqualTo(404);
		assertThat(get("/orders/" + UUID.randomUUID(), ada).status()).isEqualTo(404);
		assertThat(get("/orders/" + id, null).status()).isEqualTo(401);
		assertThat(get("/orders/not-a-uuid", ada).status()).isEqualTo(400);
	}

	@Test
	void listsShowCustomersTheirOwnSellersTheirLinesAndServicesAUsersOrders() {
		TestTokens.Token ada = TestTokens.customer();
		UUID seller = UUID.randomUUID();
		String mug = newSku();
		String lamp = newSku();
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 1, 1250, seller), new Peers.Line(lamp, 1, 900));
		String id = place(ada, order("tok_visa", mug, 1, lamp, 1)).json().path("id").asString();
		settled(id, ada);
		confirmedOrder(TestTokens.customer(), newSku(), UUID.randomUUID());

		JsonNode own = get("/orders", ada).json();
		assertThat(own.path("totalItems").asLong()).isEqualTo(1);
		assertThat(own.at("/items/0/id").asString()).isEqualTo(id);

		JsonNode sellers = get("/orders", TestTokens.as(seller, "SELLER")).json();
		assertThat(sellers.path("totalItems").asLong()).isEqualTo(1);
		assertThat(sellers.at("/items/0/lines").findValuesAsString("sku")).containsExactly(mug);

		JsonNode history = get("/orders?userId=" + ada.userId() + "&status=CONFIRMED", TestTokens.service()).json();
		assertThat(history.path("totalItems").asLong()).isEqualTo(1);
		assertThat(history.at("/items/0/id").asString()).isEqualTo(id);
		assertThat(get("/orders?userId=" + ada.userId() + "&status=PENDING", TestTokens.service()).json()
			.path("totalItems")
			.asLong()).isZero();
		JsonNode stranger = get("/orders?userId=" + ada.userId(), TestTokens.customer()).json();
		assertThat(stranger.path("totalItems").asLong()).as("a customer's userId filter is its own").isZero();
		assertThat(get("/orders?size=101", ada).status()).isEqualTo(400);
		assertThat(get("/orders?status=LOST", ada).status()).isEqualTo(400);
	}

	@Test
	void aPageShowsEachOrderWithItsOwnLinesAndHistoryNewestFirst() {
		TestTokens.Token ada = TestTokens.customer();
		String first = confirmedOrder(ada, newSku(), UUID.randomUUID());
		String mug = newSku();
		String lamp = newSku();
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 2, 1250), new Peers.Line(lamp, 1, 900));
		String second = place(ada, order("tok_visa", mug, 2, lamp, 1)).json().path("id").asString();
		settled(second, ada);

		JsonNode page = get("/orders", ada).json();

		List<String> ids = new ArrayList<>();
		for (JsonNode item : page.path("items")) {
			ids.add(item.path("id").asString());
			assertThat(item).isEqualTo(get("/orders/" + item.path("id").asString(), ada).json());
		}
		assertThat(ids).containsExactly(second, first);
		assertThat(page.at("/items/0/lines").findValuesAsString("sku")).containsExactly(mug, lamp);
		assertThat(page.at("/items/0/statusHistory").size()).isGreaterThan(1);
		assertThat(get("/orders?page=5", ada).json().path("items").size()).isZero();
	}

	@Test
	void theAddressAndNoteChangeUntilTheOrderShipsAndAStaleVersionIsRefused() {
		TestTokens.Token ada = TestTokens.customer();
		String id = confirmedOrder(ada, newSku(), UUID.randomUUID());
		Reply current = get("/orders/" + id, ada);

		Reply changed = call(HttpMethod.PATCH, "/orders/" + id, ada,
				Map.of("note", "leave with the neighbour", "shippingAddress", Map.of("line1", "1 New Street")),
				"If-Match", current.header("ETag"));

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().path("note").asString()).isEqualTo("leave with the neighbour");
		assertThat(changed.json().at("/shippingAddress/line1").asString()).isEqualTo("1 New Street");
		assertThat(changed.json().at("/shippingAddress/city").asString()).isEqualTo("London");
		assertThat(call(HttpMethod.PATCH, "/orders/" + id, ada, Map.of("note", "again"), "If-Match",
				current.header("ETag"))
			.status()).isEqualTo(412);
		Reply invalid = call(HttpMethod.PATCH, "/orders/" + id, ada,
				Map.of("shippingAddress", Map.of("country", "Britain", "city", "")));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().path("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("shippingAddress.country", "shippingAddress.city");
		assertThat(call(HttpMethod.PATCH, "/orders/" + id, TestTokens.customer(), Map.of("note", "x")).status())
			.isEqualTo(404);

		this.jdbc.sql("UPDATE orders SET status = 'SHIPPED' WHERE id = ?").param(UUID.fromString(id)).update();
		Reply late = call(HttpMethod.PATCH, "/orders/" + id, ada, Map.of("note", "too late"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().path("type").asString()).endsWith("/order-shipped");
	}

	@Test
	void onlyAdminsDeleteAndOnlyOrdersThatEndedWithoutAPayment() {
		TestTokens.Token ada = TestTokens.customer();
		String paid = confirmedOrder(ada, newSku(), UUID.randomUUID());
		String mug = newSku();
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 1, 1250));
		String declined = place(ada, order(Peers.DECLINED, mug, 1)).json().path("id").asString();
		settled(declined, ada);

		assertThat(call(HttpMethod.DELETE, "/orders/" + declined, ada, null).status()).isEqualTo(403);
		Reply refused = call(HttpMethod.DELETE, "/orders/" + paid, TestTokens.admin(), null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(call(HttpMethod.DELETE, "/orders/" + declined, TestTokens.admin(), null).status()).isEqualTo(204);
		assertThat(get("/orders/" + declined, TestTokens.admin()).status()).isEqualTo(404);
		assertThat(get("/orders/" + paid, TestTokens.admin()).status()).isEqualTo(200);
	}

	@Test
	void aBadOrderIsRefusedWithTheFieldsAtFault() {
		TestTokens.Token ada = TestTokens.customer();
		Map<String, Object> both = order("tok_visa", "MUG-1", 1);
		both.put("cartId", UUID.randomUUID());
		assertThat(fields(place(ada, both))).containsExactly("cartId");

		Map<String, Object> bad = order("4242 4242 4242 4242", "bad sku", 0);
		bad.put("shippingAddress",
				Map.of("fullName", "", "line1", "x", "city", "y", "postalCode", "z", "country", "gb"));
		assertThat(fields(place(ada, bad))).contains("lines[0].sku", "lines[0].quantity", "shippingAddress.fullName",
				"shippingAddress.country");
		assertThat(fields(place(ada, order("4242 4242 4242 4242", "MUG-1", 1)))).containsExactly("paymentMethod.token");
		assertThat(fields(place(ada, order("tok_visa", "MUG-1", 1, "MUG-1", 2)))).containsExactly("lines[1].sku");
		Map<String, Object> expired = order("tok_visa", "MUG-1", 1);
		expired.put("shippingRateId", "expired-rate");
		assertThat(fields(place(ada, expired))).containsExactly("shippingRateId");
		assertThat(place(ada, Map.of()).status()).isEqualTo(400);
		assertThat(place(TestTokens.service(), order("tok_visa", "MUG-1", 1)).status()).isEqualTo(403);
		assertThat(call(HttpMethod.POST, "/orders", ada, "{\"lines\": 12}", "Idempotency-Key", "k1").status())
			.isEqualTo(400);
		assertThat(this.jdbc.sql("SELECT count(*) FROM orders WHERE user_id = ?")
			.param(ada.userId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aRetryWhoseFirstAnswerWasLostGetsTheSameOrderAndNoSecondCharge() {
		TestTokens.Token ada = TestTokens.customer();
		String mug = newSku();
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 1, 1250));
		Map<String, Object> request = order("tok_visa", mug, 1);
		String key = UUID.randomUUID().toString();
		Reply first = call(HttpMethod.POST, "/orders", ada, request, "Idempotency-Key", key);
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		String id = first.json().path("id").asString();
		settled(id, ada);
		// the order was written, but the stored answer is gone, as after a crash before
		// it was stored
		this.jdbc.sql("DELETE FROM idempotency_key WHERE idempotency_key = ?").param(key).update();

		Reply retried = call(HttpMethod.POST, "/orders", ada, request, "Idempotency-Key", key);

		assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
		assertThat(retried.json().path("id").asString()).isEqualTo(id);
		assertThat(this.jdbc.sql("SELECT count(*) FROM orders WHERE user_id = ?")
			.param(ada.userId())
			.query(Long.class)
			.single()).isEqualTo(1);
		Reply someoneElse = call(HttpMethod.POST, "/orders", TestTokens.customer(), request, "Idempotency-Key", key);
		assertThat(someoneElse.status()).as(someoneElse.toString()).isEqualTo(201);
		assertThat(someoneElse.json().path("id").asString()).as("keys are per customer").isNotEqualTo(id);
	}

	@Test
	void anOrderFromACartTakesItsItemsAndAnotherUsersCartIsNotFound() {
		TestTokens.Token ada = TestTokens.customer();
		String mug = newSku();
		UUID cart = UUID.randomUUID();
		Peers.cart(peers, cart, ada.userId(), new Peers.Line(mug, 3, 1250));
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 3, 1250));
		Map<String, Object> request = order("tok_visa");
		request.remove("lines");
		request.put("cartId", cart);

		assertThat(place(TestTokens.customer(), request).status()).isEqualTo(404);
		Reply placed = place(ada, request);

		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		assertThat(placed.json().at("/lines/0/sku").asString()).isEqualTo(mug);
		assertThat(placed.json().at("/lines/0/quantity").asInt()).isEqualTo(3);
		assertThat(placed.json().at("/totals/total/amount").asLong()).isEqualTo(3 * 1250 + 395);
	}

	private String confirmedOrder(TestTokens.Token customer, String sku, UUID seller) {
		Peers.quote(peers, 0, 395, 0, new Peers.Line(sku, 1, 1250, seller));
		String id = place(customer, OrderMother.order("tok_visa", sku, 1)).json().path("id").asString();
		assertThat(settled(id, customer).path("status").asString()).isEqualTo("CONFIRMED");
		return id;
	}

	private static java.util.List<String> fields(Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		return reply.json().path("errors").findValuesAsString("field");
	}

}
