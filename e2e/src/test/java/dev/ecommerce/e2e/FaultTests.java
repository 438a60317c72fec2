package dev.ecommerce.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.ecommerce.devstack.Stack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.e2e.ShopClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shop under a rush: more shoppers than stock, all at once, through the gateway.
 */
@ExtendWith(RunningShop.class)
class FaultTests {

	/** The demo London warehouse (inventory's demo data). */
	private static final String LONDON = "5e11e700-de30-4000-8000-0000000000a1";

	private static final String ADDRESS = """
			{"fullName": "Ada Lovelace", "line1": "12 St James's Square", "city": "London",
			 "postalCode": "SW1Y 4JH", "country": "GB"}""";

	@BeforeEach
	void theShopRuns(Stack stack) {
		for (String service : List.of("product", "inventory", "user", "cart", "payment", "shipping", "order")) {
			assertThat(stack.isRunning(service)).as("the %s service is built and running", service).isTrue();
		}
	}

	@Test
	void aHundredCheckoutsForTenUnitsConfirmExactlyTenAndChargeOnlyThose(ShopClient shop) throws Exception {
		String seller = shop.bearer("seller@demo.shop", "demo-password-1");
		String sku = "RUSH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		HttpResponse<String> created = shop.post("/products", """
				{"name": "Limited Edition Tea Tin %s", "description": "Only ten made.", "status": "ACTIVE",
				 "attributes": {}, "images": ["https://images.example.com/tin.jpg"],
				 "variants": [{"sku": "%s", "attributes": {}, "price": {"amount": 1999, "currency": "GBP"},
				               "weightGrams": 300}]}""".formatted(sku, sku), "Authorization", seller);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		await().atMost(Duration.ofMinutes(2))
			.untilAsserted(() -> assertThat(
					shop.put("/stores/" + LONDON + "/stock/" + sku, "{\"onHand\": 10}", "Authorization", seller)
						.statusCode())
				.isEqualTo(200));
		String customer = shop.bearer("customer@demo.shop", "demo-password-1");
		String rateId = json(shop.post("/shippings/rates",
				"{\"destination\": " + ADDRESS + ", \"items\": [{\"sku\": \"" + sku + "\", \"quantity\": 1}]}"))
			.get(0)
			.path("rateId")
			.asString();

		List<String> orders = new ArrayList<>();
		ExecutorService shoppers = Executors.newFixedThreadPool(10);
		try {
			List<Future<HttpResponse<String>>> placed = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				String body = "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 1}], \"shippingAddress\": "
						+ ADDRESS + ", \"shippingRateId\": \"" + rateId
						+ "\", \"paymentMethod\": {\"gateway\": \"sandbox\", \"token\": \"tok_visa\"}}";
				placed.add(shoppers.submit(() -> placeRetryingLikeAClient(shop, body, customer)));
			}
			for (Future<HttpResponse<String>> response : placed) {
				assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
				orders.add(json(response.get()).path("id").asString());
			}
		}
		finally {
			shoppers.shutdownNow();
		}

		assertThat(orders).hasSize(100).doesNotHaveDuplicates();
		List<JsonNode> finals = new ArrayList<>();
		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			finals.clear();
			for (String id : orders) {
				JsonNode order = json(shop.get("/orders/" + id, "Authorization", customer));
				assertThat(order.path("status").asString()).as("order %s", id).isNotEqualTo("PENDING");
				finals.add(order);
			}
		});
		List<JsonNode> confirmed = finals.stream()
			.filter((order) -> order.path("status").asString().equals("CONFIRMED"))
			.toList();
		assertThat(confirmed).hasSize(10);
		assertThat(finals).filteredOn((order) -> !order.path("status").asString().equals("CONFIRMED"))
			.allSatisfy((order) -> assertThat(order.path("status").asString()).isEqualTo("REJECTED"));
		assertThat(json(shop.get("/inventory/" + sku)).path("available").asInt()).isZero();
		for (JsonNode order : finals) {
			JsonNode payments = json(
					shop.get("/payments?orderId=" + order.path("id").asString(), "Authorization", customer));
			long succeeded = 0;
			for (JsonNode payment : payments.path("items")) {
				if (payment.path("status").asString().equals("SUCCEEDED")) {
					succeeded++;
					assertThat(payment.path("amount").path("amount").asLong())
						.isEqualTo(order.path("totals").path("total").path("amount").asLong());
				}
			}
			assertThat(succeeded)
				.as("payments of %s order %s", order.path("status").asString(), order.path("id").asString())
				.isEqualTo(order.path("status").asString().equals("CONFIRMED") ? 1 : 0);
		}
	}

	/**
	 * What a well-behaved client does when the shop is too busy to answer in time: the
	 * same request again, with the same {@code Idempotency-Key}, after a pause.
	 */
	private static HttpResponse<String> placeRetryingLikeAClient(ShopClient shop, String body, String bearer)
			throws InterruptedException {
		String key = UUID.randomUUID().toString();
		HttpResponse<String> response = null;
		for (int attempt = 1; attempt <= 6; attempt++) {
			response = shop.post("/orders", body, "Authorization", bearer, "Idempotency-Key", key);
			if (response.statusCode() != 503 && response.statusCode() != 504 && response.statusCode() != 409) {
				return response;
			}
			Thread.sleep(1000L * attempt);
		}
		return response;
	}

}
