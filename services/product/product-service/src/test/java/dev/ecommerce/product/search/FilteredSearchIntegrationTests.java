package dev.ecommerce.product.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.inventory.api.StockLevelChanged;
import dev.ecommerce.product.Api;
import dev.ecommerce.product.Api.Reply;
import dev.ecommerce.product.CatalogFixtures;
import dev.ecommerce.product.ServiceIntegrationTest;
import dev.ecommerce.product.availability.StockLevels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.ecommerce.product.ProductMother.attributes;
import static dev.ecommerce.product.ProductMother.newSku;
import static dev.ecommerce.product.ProductMother.product;
import static dev.ecommerce.product.ProductMother.variant;
import static dev.ecommerce.product.ProductMother.variants;
import static dev.ecommerce.product.ProductMother.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters, sorting, paging and facets, over a small shop of its own: a root category with
 * Lights (and Candles under it) and Kitchen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilteredSearchIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	private StockLevels stockLevels;

	private JsonNode shop;

	private JsonNode lights;

	private JsonNode pillar;

	private JsonNode tealights;

	private JsonNode lamp;

	private JsonNode mug;

	private JsonNode bowl;

	@BeforeAll
	void shop() {
		CatalogFixtures catalog = new CatalogFixtures(new Api(this.port));
		this.shop = catalog.category(CatalogFixtures.unique("Shop "), null);
		this.lights = catalog.category("Lighting", this.shop);
		JsonNode candles = catalog.category("Tapers", this.lights);
		JsonNode kitchen = catalog.category("Cookware", this.shop);

		Map<String, Object> pillar = product("Beeswax Pillar Candle", 450);
		pillar.put("brand", "Hivecraft");
		attributes(pillar).put("colour", "Ivory");
		variants(pillar).get(0).put("attributes", Map.of("size", "S"));
		this.pillar = catalog.product(pillar, candles);

		Map<String, Object> tealights = product("Soy Tealight Candles", 300);
		tealights.put("brand", "Hivecraft");
		attributes(tealights).put("colour", "white");
		variants(tealights).get(0).put("attributes", Map.of("size", "S"));
		Map<String, Object> large = variant(newSku(), 1200);
		large.put("attributes", Map.of("size", "L"));
		variants(tealights).add(large);
		this.tealights = catalog.product(tealights, candles);

		Map<String, Object> lamp = product("Brass Table Lamp", 4500);
		lamp.put("brand", "Lumen");
		attributes(lamp).put("colour", "gold");
		this.lamp = catalog.product(lamp, this.lights);

		Map<String, Object> mug = product("Enamel Candle Mug", 800);
		mug.put("brand", "lumen");
		attributes(mug).put("colour", "White");
		this.mug = catalog.product(mug, kitchen);

		Map<String, Object> bowl = product("Stoneware Bowl", 2500);
		attributes(bowl).put("colour", "grey");
		this.bowl = catalog.product(bowl, kitchen);

		catalog.product(with(product("Draft Candle", 100), "status", "DRAFT"), candles);

		inStock(this.pillar);
		inStock(this.lamp);
	}

	@Test
	void aCategoryIncludesItsSubCategories() {
		assertThat(ids(search(""))).containsExactlyInAnyOrder(id(this.pillar), id(this.tealights), id(this.lamp),
				id(this.mug), id(this.bowl));
		assertThat(ids(get("/products/search?category=" + this.lights.path("slug").asString())))
			.containsExactlyInAnyOrder(id(this.pillar), id(this.tealights), id(this.lamp));
	}

	@Test
	void brandsMatchWhateverTheirCaseAndSeveralMeanAnyOfThem() {
		assertThat(ids(search("&brand=HIVECRAFT"))).containsExactlyInAnyOrder(id(this.pillar), id(this.tealights));
		assertThat(ids(search("&brand=hivecraft&brand=Lumen"))).hasSize(4);
	}

	@Test
	void aPriceRangeMatchesAnyVariantAndShowsTheLowestPriceInIt() {
		Reply atLeastTen = search("&minPrice=1000&sort=price,asc");
		assertThat(ids(atLeastTen)).containsExactly(id(this.tealights), id(this.bowl), id(this.lamp));
		assertThat(atLeastTen.each("/items", "/price/amount")).containsExactly("1200", "2500", "4500");
		assertThat(atLeastTen.json().at("/items/0/price/currency").asString()).isEqualTo("GBP");

		assertThat(ids(search("&maxPrice=500&sort=price,asc"))).containsExactly(id(this.tealights), id(this.pillar));
		assertThat(ids(search("&minPrice=500&maxPrice=1000"))).containsExactly(id(this.mug));
	}

	@Test
	void attributesOfTheProductOrAVariantMatchWhateverTheirCase() {
		assertThat(ids(search("&attr.colour=white"))).containsExactlyInAnyOrder(id(this.tealights), id(this.mug));
		assertThat(ids(search("&attr.Colour=WHITE&attr.size=l"))).containsExactly(id(this.tealights));
		assertThat(ids(search("&attr.colour=gold&attr.colour=grey"))).containsExactlyInAnyOrder(id(this.lamp),
				id(this.bowl));
	}

	@Test
	void inStockShowsOnlyProductsWithAVariantAvailable() {
		Reply found = search("&inStock=true");

		assertThat(ids(found)).containsExactlyInAnyOrder(id(this.pillar), id(this.lamp));
		assertThat(found.each("/items", "/inStock")).containsOnly("true");
		assertThat(search("&inStock=false").json().path("totalItems").asLong()).isEqualTo(5);
	}

	@Test
	void textAndFiltersCombine() {
		assertThat(ids(search("&q=candle"))).containsExactlyInAnyOrder(id(this.pillar), id(this.tealights),
				id(this.mug));
		assertThat(ids(search("&q=candle&brand=hivecraft&maxPrice=400"))).containsExactly(id(this.tealights));
	}

	@Test
	void resultsSortByPriceEitherWayOrNewestFirst() {
		assertThat(ids(search("&sort=price,asc"))).containsExactly(id(this.tealights), id(this.pillar), id(this.mug),
				id(this.bowl), id(this.lamp));
		assertThat(ids(search("&sort=price,desc"))).containsExactly(id(this.lamp), id(this.bowl), id(this.mug),
				id(this.pillar), id(this.tealights));
		List<String> newest = List.of(id(this.bowl), id(this.mug), id(this.lamp), id(this.tealights), id(this.pillar));
		assertThat(ids(search("&sort=newest"))).containsExactlyElementsOf(newest);
		assertThat(ids(search(""))).as("without text, relevance is newest first").containsExactlyElementsOf(newest);
	}

	@Test
	void resultsArePaged() {
		Reply page = search("&sort=price,asc&size=2&page=1");

		assertThat(ids(page)).containsExactly(id(this.mug), id(this.bowl));
		assertThat(page.json().path("page").asInt()).isEqualTo(1);
		assertThat(page.json().path("size").asInt()).isEqualTo(2);
		assertThat(page.json().path("totalItems").asLong()).isEqualTo(5);
		assertThat(page.json().path("totalPages").asInt()).isEqualTo(3);
		assertThat(ids(search("&sort=price,asc&size=2&page=3"))).isEmpty();
	}

	@Test
	void facetsCountTheWholeResult() {
		JsonNode facets = search("&size=1").json().path("facets");

		assertThat(facets.path("category")).isEqualTo(tree(List.of(
				Map.of("value", id(facets, "Cookware"), "name", "Cookware", "slug", slug(facets, "Cookware"), "count",
						2),
				Map.of("value", id(facets, "Tapers"), "name", "Tapers", "slug", slug(facets, "Tapers"), "count", 2),
				Map.of("value", id(this.lights), "name", "Lighting", "slug", this.lights.path("slug").asString(),
						"count", 1))));
		assertThat(facets.path("brand"))
			.isEqualTo(tree(List.of(Map.of("value", "Hivecraft", "count", 2), Map.of("value", "Lumen", "count", 2))));
		assertThat(facets.path("price")).isEqualTo(tree(List.of(Map.of("from", 0, "to", 500, "count", 2),
				Map.of("from", 500, "to", 1000, "count", 1), Map.of("from", 2000, "to", 5000, "count", 2))));
		assertThat(facets.path("attributes").path("colour"))
			.isEqualTo(tree(List.of(Map.of("value", "white", "count", 2), Map.of("value", "gold", "count", 1),
					Map.of("value", "grey", "count", 1), Map.of("value", "ivory", "count", 1))));
		assertThat(facets.path("attributes").path("size"))
			.isEqualTo(tree(List.of(Map.of("value", "s", "count", 2), Map.of("value", "l", "count", 1))));
	}

	@Test
	void facetsCountOnlyWhatTheFiltersLeave() {
		JsonNode facets = search("&brand=lumen").json().path("facets");

		assertThat(facets.path("category").values()).extracting((value) -> value.path("name").asString())
			.containsExactly("Cookware", "Lighting");
		assertThat(facets.path("category").values()).extracting((value) -> value.path("count").asLong())
			.containsExactly(1L, 1L);
		assertThat(facets.path("brand")).isEqualTo(tree(List.of(Map.of("value", "Lumen", "count", 2))));
		assertThat(facets.path("price")).isEqualTo(tree(
				List.of(Map.of("from", 500, "to", 1000, "count", 1), Map.of("from", 2000, "to", 5000, "count", 1))));
		assertThat(facets.path("attributes").path("colour"))
			.isEqualTo(tree(List.of(Map.of("value", "gold", "count", 1), Map.of("value", "white", "count", 1))));
		assertThat(facets.path("attributes").has("size")).isFalse();
	}

	private Reply search(String parameters) {
		return get("/products/search?category=" + id(this.shop) + parameters);
	}

	private Reply get(String path) {
		Reply reply = this.api.get(path);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply;
	}

	private void inStock(JsonNode product) {
		String sku = product.at("/variants/0/sku").asString();
		this.stockLevels.record(new StockLevelChanged(sku, UUID.randomUUID(), 5, 0, 5, 5, Instant.now()));
	}

	private static List<String> ids(Reply reply) {
		return reply.each("/items", "/id");
	}

	private static String id(JsonNode product) {
		return product.path("id").asString();
	}

	private static String id(JsonNode facets, String category) {
		return facet(facets, category).path("value").asString();
	}

	private static String slug(JsonNode facets, String category) {
		return facet(facets, category).path("slug").asString();
	}

	private static JsonNode facet(JsonNode facets, String category) {
		for (JsonNode value : facets.path("category")) {
			if (value.path("name").asString().equals(category)) {
				return value;
			}
		}
		throw new AssertionError("No category facet " + category + " in " + facets);
	}

	private static JsonNode tree(Object value) {
		return Api.json.valueToTree(value);
	}

}
