package dev.ecommerce.inventory.reservation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.ecommerce.inventory.InventoryMother.newSku;
import static dev.ecommerce.inventory.InventoryMother.store;
import static dev.ecommerce.inventory.InventoryMother.warehouse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many reservations at once against real PostgreSQL: exact outcomes, never an oversold
 * unit, never a deadlock that reaches a client.
 */
class ReservationConcurrencyIntegrationTests extends ReservationIntegrationTest {

	@Autowired
	private Checkout checkout;

	@Test
	void twoHundredReservationsOfOneUnitAgainstFiftyHoldExactlyFifty() throws Exception {
		String sku = newSku();
		String store = stocked(warehouse(), Map.of(sku, 50));

		List<Integer> statuses = inParallel(200, (i) -> reserve(UUID.randomUUID(), Map.of(sku, 1)).status());

		assertThat(Collections.frequency(statuses, 201)).isEqualTo(50);
		assertThat(Collections.frequency(statuses, 409)).isEqualTo(150);
		assertThat(level(store, sku)).isEqualTo("50/50");
		assertThat(this.jdbc.sql("SELECT sum(quantity) FROM reservation_allocation WHERE sku = ?")
			.param(sku)
			.query(Integer.class)
			.single()).isEqualTo(50);
	}

	@Test
	void concurrentReservationsAcrossStoresAnnounceExactTotalsInTheOrderOfTheirChanges() throws Exception {
		String sku = newSku();
		stocked(warehouse(), Map.of(sku, 20));
		stocked(warehouse(), Map.of(sku, 20));
		long before = this.jdbc.sql("SELECT coalesce(max(sequence), 0) FROM outbox_event").query(Long.class).single();

		List<Integer> statuses = inParallel(30, (i) -> reserve(UUID.randomUUID(), Map.of(sku, 1)).status());

		assertThat(statuses).containsOnly(201);
		List<Integer> totals = this.jdbc.sql("""
				SELECT (payload ->> 'totalAvailable')::int FROM outbox_event
				WHERE type = 'dev.ecommerce.inventory.StockLevelChanged.v1' AND subject = ? AND sequence > ?
				ORDER BY sequence""").params(sku, before).query(Integer.class).list();
		List<Integer> expected = new ArrayList<>();
		for (int total = 39; total >= 10; total--) {
			expected.add(total);
		}
		assertThat(totals).as("one unit less in each event, in the order of the sequence").isEqualTo(expected);
	}

	@Test
	void concurrentMultiLineReservationsOverOverlappingSkusAreEachAllOrNothing() throws Exception {
		List<String> skus = List.of(newSku(), newSku(), newSku(), newSku());
		Map<String, Integer> stock = new HashMap<>();
		skus.forEach((sku) -> stock.put(sku, 15));
		String first = stocked(warehouse(), stock);
		String second = stocked(store("RETAIL"), stock);

		List<JsonNode> answers = inParallel(80, (i) -> {
			Random random = new Random(i);
			List<String> order = new ArrayList<>(skus);
			Collections.shuffle(order, random);
			Map<String, Integer> lines = new java.util.LinkedHashMap<>();
			order.subList(0, 2 + random.nextInt(3)).forEach((sku) -> lines.put(sku, 1 + random.nextInt(3)));
			Reply reply = reserve(UUID.randomUUID(), lines);
			assertThat(reply.status()).as(reply.toString()).isIn(201, 409);
			JsonNode answer = reply.json();
			if (reply.status() == 201) {
				Map<String, Integer> held = new HashMap<>();
				answer.path("allocations")
					.forEach((allocation) -> held.merge(allocation.path("sku").asString(),
							allocation.path("quantity").asInt(), Integer::sum));
				assertThat(held).as("all of it").isEqualTo(lines);
			}
			return answer;
		});

		assertThat(answers.stream().filter((answer) -> answer.has("allocations")).count()).isPositive();
		for (String sku : skus) {
			int held = 0;
			for (JsonNode answer : answers) {
				for (JsonNode allocation : answer.path("allocations")) {
					held += allocation.path("sku").asString().equals(sku) ? allocation.path("quantity").asInt() : 0;
				}
			}
			int reserved = this.jdbc.sql("SELECT sum(reserved) FROM stock_level WHERE sku = ?")
				.param(sku)
				.query(Integer.class)
				.single();
			assertThat(reserved).as("what the answers say is held, no more").isEqualTo(held);
			assertThat(held).isLessThanOrEqualTo(30);
			assertThat(level(first, sku)).startsWith("15/");
			assertThat(level(second, sku)).startsWith("15/");
		}
	}

	@Test
	void severalInstancesExpireEachReservationOnceAndReturnItsStockOnce() throws Exception {
		String sku = newSku();
		String store = stocked(warehouse(), Map.of(sku, 30));
		List<UUID> orders = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			UUID orderId = UUID.randomUUID();
			orders.add(orderId);
			assertThat(reserve(orderId, Map.of(sku, 2), 1).status()).isEqualTo(201);
		}
		assertThat(level(store, sku)).isEqualTo("30/20");
		Thread.sleep(1100);

		inParallel(4, (i) -> {
			while (this.checkout.expireNext()) {
				// as each instance's scheduled job does
			}
			return true;
		});

		assertThat(level(store, sku)).isEqualTo("30/0");
		for (UUID orderId : orders) {
			assertThat(endEvents(orderId)).containsExactly("dev.ecommerce.inventory.ReservationExpired.v1");
		}
	}

	@Test
	void anExpiryRacingACommitEitherCommitsOrReturnsTheStockNeverBoth() throws Exception {
		String sku = newSku();
		String store = stocked(warehouse(), Map.of(sku, 40));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(reserve(UUID.randomUUID(), Map.of(sku, 2), 2).json().path("id").asString());
		}
		Instant expiry = Instant.parse(
				get("/inventory/reservations/" + ids.get(0), TestTokens.service()).json().path("expiresAt").asString());
		Instant raceEnds = expiry.plusMillis(400);

		List<Integer> statuses = inParallel(ids.size() + 2, (i) -> {
			if (i < ids.size()) {
				// the commits arrive spread around the moment of expiry
				Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis() - 100 + 10L * i));
				return post("/inventory/reservations/" + ids.get(i) + "/commit", TestTokens.service(), "").status();
			}
			while (Instant.now().isBefore(raceEnds)) {
				// two instances' expiry jobs, running all the time
				this.checkout.expireNext();
			}
			return 0;
		});
		while (this.checkout.expireNext()) {
			// what is left over, as the next scheduled run would
		}

		assertThat(statuses.subList(0, ids.size())).allMatch((status) -> status == 200 || status == 409);
		int committed = 0;
		for (String id : ids) {
			String status = get("/inventory/reservations/" + id, TestTokens.service()).json().path("status").asString();
			long sales = this.jdbc.sql("SELECT count(*) FROM stock_movement WHERE reservation_id = ?")
				.param(UUID.fromString(id))
				.query(Long.class)
				.single();
			assertThat(status).isIn("COMMITTED", "EXPIRED");
			assertThat(sales).as(status).isEqualTo(status.equals("COMMITTED") ? 1 : 0);
			committed += status.equals("COMMITTED") ? 1 : 0;
		}
		assertThat(level(store, sku)).isEqualTo((40 - 2 * committed) + "/0");
	}

	private <T> List<T> inParallel(int tasks, Task<T> task) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(Math.min(tasks, 24));
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < tasks; i++) {
				int index = i;
				futures.add(executor.submit((Callable<T>) () -> task.run(index)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			executor.shutdownNow();
		}
	}

	interface Task<T> {

		T run(int index) throws Exception;

	}

	private List<String> endEvents(UUID orderId) {
		return this.jdbc.sql("SELECT type FROM outbox_event WHERE subject = ? AND type <> ? ORDER BY sequence")
			.params(orderId.toString(), "dev.ecommerce.inventory.StockReserved.v1")
			.query(String.class)
			.list();
	}

}
