package dev.ecommerce.e2e;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.ecommerce.devstack.Stack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper browses the demo catalog through the gateway: searches, narrows the result
 * with the facets beside it, opens a product, and mistypes. The demo catalog is the one
 * the product service imports on an empty database (3,630 products of a UK gift shop).
 */
@ExtendWith(RunningShop.class)
class CatalogTests {

	@BeforeEach
	void theProductServiceRuns(Stack stack) {
		assertThat(stack.isRunning("product")).as("the product service is built and running").isTrue();
	}

	@Test
	void aSearchFindsMatchingProductsWithFacetsCountedOverAllOfThem(ShopClient shop) {
		JsonNode result = ok(shop.get("/products/search?q=lantern&size=100"));

		long total = result.path("totalItems").asLong();
		assertThat(total).isBetween(5L, 100L);
		assertThat(names(result)).hasSize((int) total)
			.allSatisfy((name) -> assertThat(name.toLowerCase(Locale.ROOT)).contains("lantern"));
		assertThat(sumOfCounts(result.path("facets").path("category"))).isEqualTo(total);
		assertThat(sumOfCounts(result.path("facets").path("price"))).isEqualTo(total);
	}

	@Test
	void aCategoryFacetNarrowsTheResultToExactlyItsCount(ShopClient shop) {
		JsonNode all = ok(shop.get("/products/search?q=christmas&size=1"));
		JsonNode facet = all.path("facets").path("category").get(0);

		JsonNode narrowed = ok(
				shop.get("/products/search?q=christmas&size=100&category=" + facet.path("slug").asString()));

		assertThat(narrowed.path("totalItems").asLong()).isEqualTo(facet.path("count").asLong())
			.isLessThanOrEqualTo(all.path("totalItems").asLong());
		for (JsonNode item : narrowed.path("items")) {
			assertThat(item.path("categoryId").asString()).isEqualTo(facet.path("value").asString());
		}
	}

	@Test
	void aPriceRangeAndASortByPriceHoldToThePenny(ShopClient shop) {
		JsonNode result = ok(shop.get("/products/search?q=mug&minPrice=100&maxPrice=250&sort=price,asc&size=100"));

		List<Long> prices = new ArrayList<>();
		for (JsonNode item : result.path("items")) {
			assertThat(item.path("price").path("currency").asString()).isEqualTo("GBP");
			prices.add(item.path("price").path("amount").asLong());
		}
		assertThat(prices).isNotEmpty().isSorted().allSatisfy((price) -> assertThat(price).isBetween(100L, 250L));
	}

	@Test
	void aProductOpenedFromTheResultIsTheOneListed(ShopClient shop) {
		JsonNode listed = ok(shop.get("/products/search?q=heart+candle&size=1")).path("items").get(0);

		HttpResponse<String> response = shop.get("/products/" + listed.path("id").asString());
		JsonNode product = ok(response);

		assertThat(product.path("name").asString()).isEqualTo(listed.path("name").asString());
		assertThat(product.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(response.headers().firstValue("ETag")).hasValue("\"" + product.path("version").asLong() + "\"");
		long cheapest = Long.MAX_VALUE;
		for (JsonNode variant : product.path("variants")) {
			assertThat(variant.path("sku").asString()).isNotBlank();
			cheapest = Math.min(cheapest, variant.path("price").path("amount").asLong());
		}
		assertThat(cheapest).isEqualTo(listed.path("price").path("amount").asLong());
	}

	@Test
	void aMisspeltWordIsCorrectedAndFindsWhatTheRightOneFinds(ShopClient shop) {
		JsonNode right = ok(shop.get("/products/search?q=lantern&size=1"));
		JsonNode misspelt = ok(shop.get("/products/search?q=lanturn&size=1"));

		assertThat(misspelt.path("correctedQuery").asString()).isEqualTo("lantern");
		assertThat(misspelt.path("totalItems").asLong()).isEqualTo(right.path("totalItems").asLong());
	}

	@Test
	void suggestionsCompleteWhatIsTyped(ShopClient shop) {
		JsonNode suggestions = ok(shop.get("/products/suggest?q=chri")).path("suggestions");

		assertThat(suggestions.size()).isBetween(1, 10);
		for (JsonNode suggestion : suggestions) {
			assertThat(suggestion.asString().toLowerCase(Locale.ROOT)).contains("chri");
		}
	}

	@Test
	void hostileSearchesGetAnAnswerNeverAServerError(ShopClient shop) {
		for (String query : List.of("\"unclosed", "a\\b", "' OR 1=1 --", "!(&|<->:*", "-", "or or or")) {
			HttpResponse<String> response = shop
				.get("/products/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));

			assertThat(response.statusCode()).as("q=%s", query).isEqualTo(200);
		}
		HttpResponse<String> tooLong = shop.get("/products/search?q=" + "x".repeat(10_000));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void anAnonymousShopperSeesNoDraftsAndCannotWrite(ShopClient shop) {
		assertThat(ok(shop.get("/products?status=DRAFT")).path("totalItems").asLong()).isZero();

		HttpResponse<String> write = shop.post("/products", "{\"name\":\"Free lamp\"}");

		assertThat(write.statusCode()).isEqualTo(401);
		assertThat(write.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer"));
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(200);
		return ShopClient.json(response);
	}

	private static List<String> names(JsonNode result) {
		List<String> names = new ArrayList<>();
		result.path("items").forEach((item) -> names.add(item.path("name").asString()));
		return names;
	}

	private static long sumOfCounts(JsonNode facet) {
		long sum = 0;
		for (JsonNode value : facet) {
			sum += value.path("count").asLong();
		}
		return sum;
	}

}
