package dev.ecommerce.e2e;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ecommerce.devstack.Stack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.e2e.ShopClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shop under a rush and through crashes, through the gateway: more shoppers than
 * stock, a service killed in the middle of checkouts, the Kafka broker restarted, a
 * client repeating every request. Whatever happens, every order ends, money is taken
 * exactly for the confirmed orders, and no stock stays held.
 */
@ExtendWith(RunningShop.class)
class FaultTests {

	private static final long PRICE = 1999;

	/** What a client gets while a service is down or busy, and tries again on. */
	private static final Set<Integer> TRY_AGAIN = Set.of(409, 429, 502, 503, 504);

	private static final Set<String> FINAL = Set.of("CONFIRMED", "REJECTED", "PAYMENT_FAILED");

	private static final List<String> SERVICES = List.of("product", "inventory", "user", "cart", "payment", "shipping",
			"order", "notification");

	@BeforeEach
	void theShopRuns(Stack stack) {
		for (String service : SERVICES) {
			assertThat(stack.isRunning(service)).as("the %s service is built and running", service).isTrue();
		}
	}

	@Test
	void aHundredCheckoutsForTenUnitsConfirmExactlyTenAndChargeOnlyThose(ShopClient shop) throws Exception {
		Lot lot = Lot.of(shop, 10);
		Shopper shopper = Shopper.signUp(shop);

		List<String> orders = placeAll(shop, shopper, lot, 100, 10, () -> {
		});

		assertThat(orders).hasSize(100).doesNotHaveDuplicates();
		Outcome outcome = await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> Outcome.of(shop, shopper, lot, orders), Outcome::settled);
		assertThat(outcome.confirmed()).hasSize(10);
		assertThat(outcome.byStatus("REJECTED")).hasSize(90);
		outcome.assertMoneyAndStockExact();
		assertThat(outcome.level().path("onHand").asInt()).isZero();
	}

	@ParameterizedTest(name = "{0} killed and restarted")
	@ValueSource(strings = { "payment", "inventory", "order" })
	void aServiceKilledDuringCheckoutsLeavesEveryOrderFinalAndTheMoneyExact(String service, ShopClient shop,
			Stack stack) throws Exception {
		Lot lot = Lot.of(shop, 30);
		Shopper shopper = Shopper.signUp(shop);
		Instant[] restarted = new Instant[1];
		AtomicInteger placed = new AtomicInteger();

		List<String> orders = placeAll(shop, shopper, lot, 15, 3, () -> {
			if (placed.incrementAndGet() == 4) {
				// a crash in the middle of the run, then the operator's restart
				stack.kill(service);
				stack.start(service);
				restarted[0] = Instant.now();
			}
		});

		assertThat(restarted[0]).as("%s was killed during the run", service).isNotNull();
		assertThat(orders).hasSize(15).doesNotHaveDuplicates();
		// within 60 s of the restart; orders placed late are given 20 s of their own
		Duration left = Duration.ofSeconds(60).minus(Duration.between(restarted[0], Instant.now()));
		Outcome outcome = await().atMost((left.compareTo(Duration.ofSeconds(20)) > 0) ? left : Duration.ofSeconds(20))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> Outcome.of(shop, shopper, lot, orders), Outcome::settled);
		outcome.assertMoneyAndStockExact();
	}

	@Test
	void kafkaRestartedDuringCheckoutsLosesNoEvent(ShopClient shop, Stack stack) throws Exception {
		Lot lot = Lot.of(shop, 20);
		Shopper shopper = Shopper.signUp(shop);
		AtomicInteger placed = new AtomicInteger();

		List<String> orders = placeAll(shop, shopper, lot, 10, 2, () -> {
			if (placed.incrementAndGet() == 3) {
				stack.restartKafka();
			}
		});

		Outcome outcome = await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> Outcome.of(shop, shopper, lot, orders), Outcome::settled);
		outcome.assertMoneyAndStockExact();
		// every confirmed order's OrderConfirmed reached the notification service, which
		// mailed the shopper about it, once
		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			List<String> subjects = Inboxes.subjectsTo(stack, shopper.email());
			for (JsonNode order : outcome.confirmed()) {
				String number = order.path("number").asString();
				assertThat(subjects).as("mails to %s", shopper.email())
					.filteredOn((subject) -> subject.contains(number)
							&& subject.toLowerCase(Locale.ROOT).contains("confirm"))
					.hasSize(1);
			}
		});
		// and the stock the product service shows follows the inventory's
		await().atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> assertThat(json(shop.get("/inventory/" + lot.sku())).path("available").asInt())
				.isEqualTo(lot.units() - outcome.confirmed().size()));
	}

	@Test
	void aClientRepeatingEveryRequestWithTheSameKeyHasEachEffectOnce(ShopClient shop) throws Exception {
		Lot lot = Lot.of(shop, 10);
		Shopper shopper = Shopper.signUp(shop);

		// an item added to the cart three times under one key is added once
		String cart = json(shop.post("/carts", "{}", "Authorization", shopper.bearer())).path("id").asString();
		String addKey = UUID.randomUUID().toString();
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> added = shop.post("/carts/" + cart + "/items",
					"{\"sku\": \"" + lot.sku() + "\", \"quantity\": 2}", "Authorization", shopper.bearer(),
					"Idempotency-Key", addKey);
			assertThat(added.statusCode()).as(added.body()).isBetween(200, 201);
		}
		JsonNode items = json(shop.get("/carts/" + cart, "Authorization", shopper.bearer())).path("items");
		assertThat(items).singleElement().satisfies((line) -> assertThat(line.path("quantity").asInt()).isEqualTo(2));

		// an order sent five times at once under one key is placed once
		String key = UUID.randomUUID().toString();
		String body = lot.orderOf(1);
		ExecutorService clients = Executors.newFixedThreadPool(5);
		List<String> ids = new ArrayList<>();
		try {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				sent.add(clients.submit(() -> placeRetrying(shop, body, shopper.bearer(), key)));
			}
			for (Future<HttpResponse<String>> response : sent) {
				assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
				ids.add(json(response.get()).path("id").asString());
			}
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(ids).containsOnly(ids.get(0));
		Outcome outcome = await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> Outcome.of(shop, shopper, lot, List.of(ids.get(0))), Outcome::settled);
		assertThat(outcome.confirmed()).hasSize(1);
		assertThat(json(shop.get("/orders", "Authorization", shopper.bearer())).path("totalItems").asInt())
			.isEqualTo(1);

		// a refund sent three times under one key is paid once
		String admin = shop.bearer("admin@demo.shop", "demo-password-1");
		String payment = outcome.confirmed().get(0).path("payment").path("id").asString();
		String refundKey = UUID.randomUUID().toString();
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> refund = shop.post("/payments/" + payment + "/refunds",
					"{\"amount\": {\"amount\": 500, \"currency\": \"GBP\"}, \"reason\": \"scratched lid\"}",
					"Authorization", admin, "Idempotency-Key", refundKey);
			assertThat(refund.statusCode()).as(refund.body()).isEqualTo(201);
		}
		JsonNode refunded = json(shop.get("/payments/" + payment, "Authorization", shopper.bearer()));
		assertThat(refunded.path("refunds")).hasSize(1);
		assertThat(refunded.path("refunded").path("amount").asLong()).isEqualTo(500);
	}

	/**
	 * Places orders for one unit each from a number of shoppers' threads, each retrying
	 * like a well-behaved client, and gives their ids; {@code afterEach} runs after every
	 * order placed (on that shopper's thread).
	 */
	private static List<String> placeAll(ShopClient shop, Shopper shopper, Lot lot, int orders, int threads,
			Runnable afterEach) throws Exception {
		ExecutorService shoppers = Executors.newFixedThreadPool(threads);
		try {
			List<CompletableFuture<String>> placed = new ArrayList<>();
			for (int i = 0; i < orders; i++) {
				placed.add(CompletableFuture.supplyAsync(() -> {
					HttpResponse<String> response = placeRetrying(shop, lot.orderOf(1), shopper.bearer(),
							UUID.randomUUID().toString());
					assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
					afterEach.run();
					return json(response).path("id").asString();
				}, shoppers));
			}
			List<String> ids = new ArrayList<>();
			for (CompletableFuture<String> order : placed) {
				ids.add(order.get());
			}
			return ids;
		}
		finally {
			shoppers.shutdownNow();
		}
	}

	/**
	 * What a well-behaved client does when the shop is down or too busy to answer: the
	 * same request again, with the same {@code Idempotency-Key}, a moment later.
	 */
	private static HttpResponse<String> placeRetrying(ShopClient shop, String body, String bearer, String key) {
		return await().atMost(Duration.ofMinutes(4))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofSeconds(1))
			.ignoreException(UncheckedIOException.class)
			.until(() -> shop.post("/orders", body, "Authorization", bearer, "Idempotency-Key", key),
					(response) -> !TRY_AGAIN.contains(response.statusCode()));
	}

	/**
	 * A new product of the demo seller with so many units in the London warehouse, and a
	 * shipping rate for it.
	 */
	private record Lot(ShopClient shop, String seller, String sku, int units, String rateId) {

		static Lot of(ShopClient shop, int units) {
			Checkouts checkouts = new Checkouts(shop);
			String seller = shop.bearer("seller@demo.shop", Checkouts.DEMO_PASSWORD);
			String sku = "FAULT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
			checkouts.listProduct(seller, "Limited Edition Tea Tin " + sku, sku, PRICE);
			checkouts.stockNewSku(seller, Checkouts.LONDON, sku, "{\"onHand\": " + units + "}");
			return new Lot(shop, seller, sku, units, checkouts.cheapestRate(sku, 1).path("rateId").asString());
		}

		String orderOf(int quantity) {
			return "{\"lines\": [{\"sku\": \"" + this.sku + "\", \"quantity\": " + quantity
					+ "}], \"shippingAddress\": " + Checkouts.ADDRESS + ", \"shippingRateId\": \"" + this.rateId
					+ "\", \"paymentMethod\": {\"gateway\": \"sandbox\", \"token\": \"tok_visa\"}}";
		}

		JsonNode level() {
			HttpResponse<String> level = this.shop.get("/stores/" + Checkouts.LONDON + "/stock/" + this.sku,
					"Authorization", this.seller);
			assertThat(level.statusCode()).as(level.body()).isEqualTo(200);
			return json(level);
		}

	}

	/**
	 * A customer who signed up for the test, so that their mail and orders are theirs
	 * alone.
	 */
	private record Shopper(String email, String bearer) {

		static Shopper signUp(ShopClient shop) {
			Checkouts.Account customer = new Checkouts(shop).newCustomer("fault");
			return new Shopper(customer.email(), customer.bearer());
		}

	}

	/**
	 * The orders as the shop shows them now, with each one's payments, and the lot's
	 * stock level.
	 */
	private record Outcome(Lot lot, List<JsonNode> orders, List<List<JsonNode>> payments, JsonNode level) {

		static Outcome of(ShopClient shop, Shopper shopper, Lot lot, List<String> ids) {
			List<JsonNode> orders = new ArrayList<>();
			List<List<JsonNode>> payments = new ArrayList<>();
			for (String id : ids) {
				orders.add(json(shop.get("/orders/" + id, "Authorization", shopper.bearer())));
				List<JsonNode> its = new ArrayList<>();
				json(shop.get("/payments?orderId=" + id, "Authorization", shopper.bearer())).path("items")
					.forEach(its::add);
				payments.add(its);
			}
			return new Outcome(lot, orders, payments, lot.level());
		}

		/**
		 * Every order has ended and nothing is on its way any more: no payment is being
		 * taken or refunded, no unconfirmed order keeps money, and no stock is held (a
		 * confirmed order's units have left).
		 */
		boolean settled() {
			boolean paymentsSettled = this.payments.stream()
				.flatMap(List::stream)
				.allMatch((payment) -> Set.of("SUCCEEDED", "FAILED").contains(payment.path("status").asString())
						&& payment.path("refunds")
							.valueStream()
							.allMatch((refund) -> refund.path("status").asString().equals("SUCCEEDED")));
			return this.orders.stream().allMatch((order) -> FINAL.contains(order.path("status").asString()))
					&& paymentsSettled && keptByUnconfirmed() == 0 && this.level.path("reserved").asInt() == 0
					&& this.level.path("onHand").asInt() == this.lot.units() - confirmed().size();
		}

		List<JsonNode> confirmed() {
			return byStatus("CONFIRMED");
		}

		List<JsonNode> byStatus(String status) {
			return this.orders.stream().filter((order) -> order.path("status").asString().equals(status)).toList();
		}

		/**
		 * Each confirmed order paid once, its total exactly; no other order kept a penny;
		 * the units that left are the confirmed ones, and none is held.
		 */
		void assertMoneyAndStockExact() {
			long confirmedTotals = 0;
			long captured = 0;
			for (int i = 0; i < this.orders.size(); i++) {
				JsonNode order = this.orders.get(i);
				String status = order.path("status").asString();
				long total = order.path("totals").path("total").path("amount").asLong();
				List<JsonNode> succeeded = this.payments.get(i)
					.stream()
					.filter((payment) -> payment.path("status").asString().equals("SUCCEEDED"))
					.toList();
				assertThat(succeeded.size())
					.as("payments taken for %s order %s", status, order.path("number").asString())
					.isLessThanOrEqualTo(1);
				long kept = succeeded.stream()
					.mapToLong((payment) -> payment.path("amount").path("amount").asLong()
							- payment.path("refunded").path("amount").asLong())
					.sum();
				if (status.equals("CONFIRMED")) {
					assertThat(kept).as("money kept for order %s", order.path("number").asString()).isEqualTo(total);
					assertThat(order.path("lines").get(0).path("quantity").asInt()).isEqualTo(1);
					confirmedTotals += total;
				}
				else {
					assertThat(kept).as("money kept for %s order %s", status, order.path("number").asString()).isZero();
				}
				captured += kept;
			}
			assertThat(captured).isEqualTo(confirmedTotals);
			assertThat(this.level.path("reserved").asInt()).as("units held").isZero();
			assertThat(this.level.path("onHand").asInt()).as("units on hand")
				.isEqualTo(this.lot.units() - confirmed().size());
		}

		private long keptByUnconfirmed() {
			long kept = 0;
			for (int i = 0; i < this.orders.size(); i++) {
				if (!this.orders.get(i).path("status").asString().equals("CONFIRMED")) {
					for (JsonNode payment : this.payments.get(i)) {
						if (payment.path("status").asString().equals("SUCCEEDED")) {
							kept += payment.path("amount").path("amount").asLong()
									- payment.path("refunded").path("amount").asLong();
						}
					}
				}
			}
			return kept;
		}

	}

}
