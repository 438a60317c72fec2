package dev.ecommerce.recommendation.serving;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.recommendation.ServiceIntegrationTest;
import dev.ecommerce.recommendation.training.Training;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommendations over HTTP, learned from events: what is served, what is left out,
 * which model answers, and the fallbacks.
 */
class RecommendationIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	private Training training;

	@Test
	void aShopperIsRecommendedWhatOthersBoughtWithTheirPurchaseButNeverWhatTheyBoughtAnArchivedOrAnOutOfStockProduct() {
		UUID category = UUID.randomUUID();
		UUID lamp = product("Brass Desk Lamp", category);
		UUID shade = product("Linen Lamp Shade", category);
		UUID bulb = product("Warm Filament Bulb", category);
		UUID archived = product("Lamp Cable Kit", category);
		UUID gone = product("Lamp Dimmer Switch", category);
		UUID me = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			bought(UUID.randomUUID(), lamp, shade, bulb, archived, gone);
		}
		bought(me, lamp);
		bought(me, shade);
		archive(archived);
		stock(gone, 0);
		stock(bulb, 3);
		this.training.trainNow();

		Reply reply = get("/recommendations/me", TestTokens.as(me, "CUSTOMER"));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(products(reply.json(), "PERSONALISED")).as("bought, archived and out of stock are left out")
			.containsExactly(bulb);
		assertThat(products(reply.json())).as("the list is topped up with best sellers, but not those")
			.hasSizeLessThanOrEqualTo(10)
			.startsWith(bulb)
			.doesNotContain(lamp, shade, archived, gone);
		assertThat(reply.json().path("model").path("name").asString()).isEqualTo("ease");
		assertThat(reply.json().path("model").path("version").asLong()).isPositive();
		assertThat(reply.json().path("model").path("trainedAt").asString()).isNotBlank();
	}

	@Test
	void aNewShopperGetsTheBestSellersAndSoDoesAnAdminOrAServiceAskingForThem() {
		UUID category = UUID.randomUUID();
		UUID best = product("Spotty Tea Cup", category);
		UUID second = product("Spotty Saucer", category);
		for (int i = 0; i < 6; i++) {
			bought(UUID.randomUUID(), best);
		}
		bought(UUID.randomUUID(), second);
		this.training.trainNow();
		UUID newcomer = UUID.randomUUID();

		Reply mine = get("/recommendations/me?limit=50", TestTokens.as(newcomer, "CUSTOMER"));
		Reply asAdmin = get("/recommendations/users/" + newcomer + "?limit=50", TestTokens.admin());
		Reply asService = get("/recommendations/users/" + newcomer + "?limit=50", TestTokens.service());

		assertThat(mine.json().path("model").path("name").asString()).isEqualTo("popularity");
		assertThat(products(mine.json())).contains(best, second);
		assertThat(products(mine.json()).indexOf(best)).isLessThan(products(mine.json()).indexOf(second));
		assertThat(mine.json().path("items").get(0).path("reason").asString()).isEqualTo("POPULAR");
		assertThat(asAdmin.json()).isEqualTo(mine.json());
		assertThat(asService.json()).isEqualTo(mine.json());
	}

	@Test
	void theBestSellersOfACategoryAreOnlyThatCategorysActiveProducts() {
		UUID category = UUID.randomUUID();
		UUID first = product("Cake Tin", category);
		UUID second = product("Cake Stand", category);
		UUID archived = product("Cake Slice", category);
		UUID elsewhere = product("Garden Spade", UUID.randomUUID());
		bought(UUID.randomUUID(), first, second, archived, elsewhere);
		bought(UUID.randomUUID(), first, archived, elsewhere);
		bought(UUID.randomUUID(), first, archived);
		archive(archived);
		this.training.trainNow();

		Reply reply = get("/recommendations/popular?category=" + category, null);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(products(reply.json())).containsExactly(first, second);
		assertThat(reply.json().path("model").path("name").asString()).isEqualTo("popularity");
		assertThat(products(get("/recommendations/popular?category=" + category + "&limit=1", null).json()))
			.containsExactly(first);
	}

	@Test
	void similarProductsComeFromShoppersAndANewProductFromItsNameAndCategory() {
		UUID category = UUID.randomUUID();
		UUID kettle = product("Enamel Camping Kettle", category);
		UUID mug = product("Enamel Camping Mug", category);
		UUID stove = product("Folding Stove", category);
		for (int i = 0; i < 2; i++) {
			bought(UUID.randomUUID(), kettle, mug);
		}
		bought(UUID.randomUUID(), kettle, stove);
		this.training.trainNow();
		UUID newKettle = product("Enamel Kettle Deluxe", category);

		Reply learned = get("/recommendations/products/" + kettle + "/similar", null);
		Reply content = get("/recommendations/products/" + newKettle + "/similar", null);

		assertThat(learned.json().path("model").path("name").asString()).isEqualTo("item-cosine");
		assertThat(products(learned.json())).containsExactly(mug, stove);
		assertThat(learned.json().path("items").get(0).path("reason").asString()).isEqualTo("SIMILAR");
		assertThat(content.json().path("model").path("name").asString()).isEqualTo("content");
		assertThat(products(content.json()).get(0)).isEqualTo(kettle);
		assertThat(products(content.json())).contains(mug, stove);
		assertThat(content.json().path("items").get(0).path("reason").asString())
			.isEqualTo("SIMILAR_NAME_AND_CATEGORY");
	}

	@Test
	void boughtTogetherCountsOnlyProductsOfTheSameOrder() {
		UUID category = UUID.randomUUID();
		UUID pen = product("Fountain Pen", category);
		UUID ink = product("Ink Bottle", category);
		UUID paper = product("Writing Paper", category);
		UUID shopper = UUID.randomUUID();
		bought(shopper, pen, ink);
		bought(shopper, paper);
		bought(UUID.randomUUID(), pen, ink);
		this.training.trainNow();

		Reply reply = get("/recommendations/products/" + pen + "/bought-together", null);

		assertThat(reply.json().path("model").path("name").asString()).isEqualTo("basket-cosine");
		assertThat(products(reply.json())).containsExactly(ink);
		assertThat(reply.json().path("items").get(0).path("reason").asString()).isEqualTo("BOUGHT_TOGETHER");
	}

	@Test
	void badRequestsAreRefusedWithProblemDetails() {
		UUID product = product("Paper Kite", null);
		UUID someone = UUID.randomUUID();

		assertThat(get("/recommendations/popular?limit=51", null).status()).isEqualTo(400);
		assertThat(get("/recommendations/popular?limit=0", null).status()).isEqualTo(400);
		assertThat(get("/recommendations/popular?category=garden", null).status()).isEqualTo(400);
		assertThat(get("/recommendations/products/not-an-id/similar", null).status()).isEqualTo(400);
		Reply unknown = get("/recommendations/products/" + UUID.randomUUID() + "/similar", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		assertThat(get("/recommendations/products/" + UUID.randomUUID() + "/bought-together", null).status())
			.isEqualTo(404);
		assertThat(get("/recommendations/products/" + product + "/similar?limit=50", null).status()).isEqualTo(200);
		assertThat(get("/recommendations/me", null).status()).isEqualTo(401);
		assertThat(get("/recommendations/users/" + someone, TestTokens.customer()).status()).isEqualTo(403);
		assertThat(get("/recommendations/users/" + someone, TestTokens.seller()).status()).isEqualTo(403);
		assertThat(post("/recommendations/training", TestTokens.customer(), Map.of()).status()).isEqualTo(403);
		assertThat(get("/recommendations/models", TestTokens.customer()).status()).isEqualTo(403);
	}

	static List<UUID> products(JsonNode answer, String reason) {
		return answer.path("items")
			.valueStream()
			.filter((item) -> item.path("reason").asString().equals(reason))
			.map((item) -> UUID.fromString(item.path("productId").asString()))
			.toList();
	}

	static List<UUID> products(JsonNode answer) {
		return answer.path("items")
			.valueStream()
			.map((item) -> UUID.fromString(item.path("productId").asString()))
			.toList();
	}

}
