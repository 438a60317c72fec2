package dev.ecommerce.inventory.reservation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.inventory.InventoryMother.newSku;
import static dev.ecommerce.inventory.InventoryMother.store;
import static dev.ecommerce.inventory.InventoryMother.warehouse;
import static org.assertj.core.api.Assertions.assertThat;

class ReservationIntegrationTests extends ReservationIntegrationTest {

	@Test
	void oneStoreThatCanShipEveryLineIsPreferred() {
		String mug = newSku();
		String lamp = newSku();
		String shop = stocked(store("RETAIL"), Map.of(mug, 10, lamp, 10));
		String warehouse = stocked(warehouse(), Map.of(mug, 2, lamp, 1));
		stocked(warehouse(), Map.of(mug, 50));

		Reply reserved = reserve(UUID.randomUUID(), Map.of(mug, 2, lamp, 1));

		assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
		assertThat(reserved.json().path("status").asString()).isEqualTo("HELD");
		assertThat(allocations(reserved)).as("the warehouse before the shop")
			.containsExactlyInAnyOrder(lamp + " " + warehouse + " 1", mug + " " + warehouse + " 2");
		assertThat(level(warehouse, mug)).isEqualTo("2/2");
		assertThat(level(shop, mug)).isEqualTo("10/0");
	}

	@Test
	void withoutOneStoreForEverythingLinesAreSplitByAvailableStock() {
		String mug = newSku();
		String small = stocked(warehouse(), Map.of(mug, 3));
		String large = stocked(store("RETAIL"), Map.of(mug, 4));

		Reply reserved = reserve(UUID.randomUUID(), Map.of(mug, 6));

		assertThat(reserved.status()).isEqualTo(201);
		assertThat(allocations(reserved)).containsExactlyInAnyOrder(mug + " " + large + " 4", mug + " " + small + " 2");
		assertThat(get("/inventory/" + mug, null).json().path("available").asInt()).isEqualTo(1);
	}

	@Test
	void eachLevelAReservationHoldsIsAnnouncedWithTheSkusExactTotal() {
		String mug = newSku();
		String small = stocked(warehouse(), Map.of(mug, 3));
		String large = stocked(store("RETAIL"), Map.of(mug, 4));
		UUID orderId = UUID.randomUUID();
		int before = stockLevelChanged(mug).size();

		Reply reserved = reserve(orderId, Map.of(mug, 6));

		assertThat(reserved.status()).isEqualTo(201);
		List<JsonNode> changes = stockLevelChanged(mug).subList(before, stockLevelChanged(mug).size());
		assertThat(changes).hasSize(2);
		Map<String, String> levels = new java.util.HashMap<>();
		changes.forEach((change) -> levels.put(change.path("storeId").asString(), change.path("onHand").asInt() + "/"
				+ change.path("reserved").asInt() + "/" + change.path("available").asInt()));
		assertThat(levels).isEqualTo(Map.of(large, "4/4/0", small, "3/2/1"));
		JsonNode first = changes.get(0);
		assertThat(first.path("totalAvailable").asInt()).as("7 units less the first level's held ones")
			.isEqualTo(7 - first.path("reserved").asInt());
		assertThat(changes.get(1).path("totalAvailable").asInt()).isEqualTo(1);
		JsonNode stockReserved = json
			.readTree(this.jdbc.sql("SELECT payload::text FROM outbox_event WHERE type = ? AND subject = ?")
				.params("dev.ecommerce.inventory.StockReserved.v1", orderId.toString())
				.query(String.class)
				.single());
		assertThat(stockReserved.path("reservationId").asString()).isEqualTo(reserved.json().path("id").asString());
		assertThat(stockReserved.path("allocations")).isEqualTo(reserved.json().path("allocations"));
		assertThat(get("/inventory/reservations/" + reserved.json().path("id").asString(), TestTokens.service()).json())
			.as("the answer is the reservation as stored")
			.isEqualTo(reserved.json());
	}

	@Test
	void aReservationThatTakesALevelToItsThresholdOpensOneAlert() {
		String mug = newSku();
		String store = stocked(warehouse(), Map.of());
		put("/stores/" + store + "/stock/" + mug, TestTokens.admin(), Map.of("onHand", 10, "lowStockThreshold", 3));

		assertThat(reserve(UUID.randomUUID(), Map.of(mug, 6)).status()).isEqualTo(201);
		assertThat(lowStockDetected(mug)).as("4 is above 3").isEmpty();
		assertThat(reserve(UUID.randomUUID(), Map.of(mug, 1)).status()).isEqualTo(201);
		assertThat(reserve(UUID.randomUUID(), Map.of(mug, 2)).status()).isEqualTo(201);

		List<JsonNode> detected = lowStockDetected(mug);
		assertThat(detected).as("once, not once per reservation").hasSize(1);
		assertThat(detected.get(0).path("available").asInt()).isEqualTo(3);
		assertThat(detected.get(0).path("threshold").asInt()).isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT available FROM low_stock_alert WHERE sku = ? AND closed_at IS NULL")
			.param(mug)
			.query(Integer.class)
			.list()).containsExactly(3);
	}

	@Test
	void aReservationTheStockCannotCoverHoldsNothingAndNamesTheShortLines() {
		String mug = newSku();
		String lamp = newSku();
		String store = stocked(warehouse(), Map.of(mug, 5, lamp, 1));
		UUID orderId = UUID.randomUUID();

		Reply refused = reserve(orderId, Map.of(mug, 5, lamp, 2));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().path("type").asString()).endsWith("/out-of-stock");
		JsonNode shortLines = refused.json().path("shortLines");
		assertThat(shortLines).hasSize(1);
		assertThat(shortLines.at("/0/sku").asString()).isEqualTo(lamp);
		assertThat(shortLines.at("/0/requested").asInt()).isEqualTo(2);
		assertThat(shortLines.at("/0/available").asInt()).isEqualTo(1);
		assertThat(level(store, mug)).isEqualTo("5/0");
		assertThat(level(store, lamp)).isEqualTo("1/0");

		post("/stores/" + store + "/stock/" + lamp + "/adjustments", TestTokens.admin(),
				Map.of("delta", 1, "reason", "RECEIPT"));
		assertThat(reserve(orderId, Map.of(mug, 5, lamp, 2)).status()).as("the same order, once restocked")
			.isEqualTo(201);
	}

	@Test
	void theSameOrderAgainAnswersTheSameReservationAndHoldsOnce() {
		String mug = newSku();
		String store = stocked(warehouse(), Map.of(mug, 5));
		UUID orderId = UUID.randomUUID();
		Reply first = reserve(orderId, Map.of(mug, 2));

		Reply again = reserve(orderId, Map.of(mug, 2));

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
		assertThat(level(store, mug)).isEqualTo("5/2");
		Reply other = reserve(orderId, Map.of(mug, 3));
		assertThat(other.status()).isEqualTo(409);
		assertThat(other.json().path("type").asString()).endsWith("/reservation-differs");
	}

	@Test
	void committingTakesTheStockOutOnceAndRecordsTheSale() {
		String mug = newSku();
		String store = stocked(warehouse(), Map.of(mug, 5));
		UUID orderId = UUID.randomUUID();
		String id = reserve(orderId, Map.of(mug, 2)).json().path("id").asString();

		Reply committed = post("/inventory/reservations/" + id + "/commit", TestTokens.service(), "");
		assertThat(committed.status()).as(committed.toString()).isEqualTo(200);
		assertThat(committed.json().path("status").asString()).isEqualTo("COMMITTED");
		assertThat(post("/inventory/reservations/" + id + "/commit", TestTokens.service(), "").status()).isEqualTo(200);

		assertThat(level(store, mug)).isEqualTo("3/0");
		assertThat(this.jdbc.sql("SELECT kind || ' ' || quantity FROM stock_movement WHERE reservation_id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.list()).containsExactly("SALE -2");
		Reply release = post("/inventory/reservations/" + id + "/release", TestTokens.service(), "");
		assertThat(release.status()).isEqualTo(409);
		assertThat(release.json().path("type").asString()).endsWith("/reservation-committed");
		assertThat(events(orderId)).containsExactly("dev.ecommerce.inventory.StockReserved.v1",
				"dev.ecommerce.inventory.ReservationCommitted.v1");
	}

	@Test
	void releasingReturnsTheStockOnceAndAReleasedReservationCannotBeCommitted() {
		String mug = newSku();
		String store = stocked(warehouse(), Map.of(mug, 5));
		UUID orderId = UUID.randomUUID();
		String id = reserve(orderId, Map.of(mug, 4)).json().path("id").asString();

		assertThat(post("/inventory/reservations/" + id + "/release", TestTokens.service(), "").json()
			.path("status")
			.asString()).isEqualTo("RELEASED");
		assertThat(post("/inventory/reservations/" + id + "/release", TestTokens.service(), "").status())
			.isEqualTo(200);

		assertThat(level(store, mug)).isEqualTo("5/0");
		assertThat(post("/inventory/reservations/" + id + "/commit", TestTokens.service(), "").status()).isEqualTo(409);
		assertThat(events(orderId)).containsExactly("dev.ecommerce.inventory.StockReserved.v1",
				"dev.ecommerce.inventory.ReservationReleased.v1");
		assertThat(get("/inventory/reservations/" + id, TestTokens.service()).json().path("status").asString())
			.isEqualTo("RELEASED");
	}

	@Test
	void stockInADeactivatedStoreIsNotReserved() {
		String mug = newSku();
		Map<String, Object> request = warehouse();
		String store = stocked(request, Map.of(mug, 5));
		request.put("active", false);
		put("/stores/" + store, TestTokens.admin(), request);

		assertThat(reserve(UUID.randomUUID(), Map.of(mug, 1)).status()).isEqualTo(409);
	}

	@Test
	void onlyServicesReserveAndBadRequestsAreRefused() {
		String mug = newSku();
		stocked(warehouse(), Map.of(mug, 5));
		Map<String, Object> good = Map.of("orderId", UUID.randomUUID(), "lines",
				List.of(Map.of("sku", mug, "quantity", 1)));
		assertThat(post("/inventory/reservations", TestTokens.admin(), good).status()).isEqualTo(403);
		assertThat(post("/inventory/reservations", null, good).status()).isEqualTo(401);

		assertThat(refusedFields(Map.of("orderId", UUID.randomUUID(), "lines", List.of()))).containsExactly("lines");
		assertThat(refusedFields(Map.of("lines", List.of(Map.of("sku", mug, "quantity", 1)))))
			.containsExactly("orderId");
		assertThat(refusedFields(Map.of("orderId", UUID.randomUUID(), "lines",
				List.of(Map.of("sku", mug, "quantity", 0), Map.of("sku", "bad sku", "quantity", 1)), "ttlSeconds", 0)))
			.containsExactlyInAnyOrder("lines[0].quantity", "lines[1].sku", "ttlSeconds");
		assertThat(refusedFields(Map.of("orderId", UUID.randomUUID(), "lines",
				List.of(Map.of("sku", mug, "quantity", 1), Map.of("sku", mug, "quantity", 2)))))
			.containsExactly("lines[1].sku");
		assertThat(post("/inventory/reservations", TestTokens.service(), "{\"orderId\": 12}").status()).isEqualTo(400);
		assertThat(post("/inventory/reservations/" + UUID.randomUUID() + "/commit", TestTokens.service(), "").status())
			.isEqualTo(404);
	}

	private List<String> refusedFields(Map<String, Object> request) {
		Reply reply = post("/inventory/reservations", TestTokens.service(), request);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		return reply.json().path("errors").findValuesAsString("field");
	}

	private List<JsonNode> stockLevelChanged(String sku) {
		return payloads("dev.ecommerce.inventory.StockLevelChanged.v1", sku);
	}

	private List<JsonNode> lowStockDetected(String sku) {
		return payloads("dev.ecommerce.inventory.LowStockDetected.v1", sku);
	}

	private List<JsonNode> payloads(String type, String subject) {
		return this.jdbc.sql("SELECT payload::text FROM outbox_event WHERE type = ? AND subject = ? ORDER BY sequence")
			.params(type, subject)
			.query(String.class)
			.list()
			.stream()
			.map(json::readTree)
			.toList();
	}

	private List<String> events(UUID orderId) {
		return this.jdbc.sql("SELECT type FROM outbox_event WHERE subject = ? ORDER BY sequence")
			.param(orderId.toString())
			.query(String.class)
			.list();
	}

	private static List<String> allocations(Reply reply) {
		List<String> allocations = new java.util.ArrayList<>();
		reply.json()
			.path("allocations")
			.forEach((allocation) -> allocations.add(allocation.path("sku").asString() + " "
					+ allocation.path("storeId").asString() + " " + allocation.path("quantity").asInt()));
		return allocations;
	}

}
