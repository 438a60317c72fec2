package dev.ecommerce.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;

import dev.ecommerce.devstack.Stack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo store as a new user meets it: a retail shopper of the demo data signs in and
 * finds their past orders, to the penny, and recommendations drawn from their purchases.
 */
@ExtendWith(RunningShop.class)
class DemoStoreTests {

	/**
	 * Customer 14911 of the online-retail data, in Ireland: 131 invoices, postage on
	 * many.
	 */
	private static final String SHOPPER = "shopper-14911@demo.shop";

	/**
	 * The models train on the history once the catalog has reached the recommendation
	 * service.
	 */
	private static final Duration TRAINED = Duration.ofSeconds(120);

	@BeforeEach
	void theDemoServicesRun(Stack stack) {
		for (String service : new String[] { "user", "order", "recommendation", "product" }) {
			assertThat(stack.isRunning(service)).as("%s is built and running", service).isTrue();
		}
	}

	@Test
	void aRetailShopperSignsInToTheirPastOrdersToThePenny(ShopClient shop) {
		String bearer = shop.bearer(SHOPPER, "demo-password-1");

		JsonNode history = ok(shop.get("/auth/me/orders?size=5", "Authorization", bearer));
		assertThat(history.path("totalItems").asLong()).isEqualTo(131);
		assertThat(history.path("totalPages").asLong()).isEqualTo(27);
		JsonNode newest = history.path("items").get(0);
		assertThat(newest.path("number").asString()).isEqualTo("INV-569130");
		assertThat(newest.path("status").asString()).isEqualTo("DELIVERED");
		assertThat(newest.path("createdAt").asString()).isEqualTo("2011-09-30T13:46:00Z");
		long lines = 0;
		for (JsonNode line : newest.path("lines")) {
			assertThat(line.at("/lineTotal/amount").asLong())
				.isEqualTo(line.path("quantity").asLong() * line.at("/unitPrice/amount").asLong());
			lines += line.at("/lineTotal/amount").asLong();
		}
		assertThat(lines).isEqualTo(6630);
		JsonNode totals = newest.path("totals");
		assertThat(totals.at("/subtotal/amount").asLong()).isEqualTo(lines);
		assertThat(totals.at("/shipping/amount").asLong()).as("the invoice's postage").isEqualTo(5000);
		assertThat(totals.at("/discount/amount").asLong()).isZero();
		assertThat(totals.at("/tax/amount").asLong()).isZero();
		assertThat(totals.at("/total/amount").asLong()).isEqualTo(lines + 5000);

		JsonNode lastPage = ok(shop.get("/orders?size=100&page=1", "Authorization", bearer));
		assertThat(lastPage.path("items")).hasSize(31);
		assertThat(lastPage.at("/items/30/number").asString()).as("the oldest").isEqualTo("INV-536540");
	}

	@Test
	void aRetailShopperGetsRecommendationsFromTheirOwnPurchases(ShopClient shop) {
		String bearer = shop.bearer(SHOPPER, "demo-password-1");

		JsonNode forYou = await().atMost(TRAINED)
			.ignoreExceptions()
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> ok(shop.get("/recommendations/me?limit=5", "Authorization", bearer)),
					(answer) -> "ease".equals(answer.at("/model/name").asString()));

		assertThat(forYou.path("items")).hasSize(5);
		assertThat(forYou.at("/items/0/reason").asString()).isEqualTo("PERSONALISED");
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(200);
		return ShopClient.json(response);
	}

}
