package dev.ecommerce.product.search;

import dev.ecommerce.product.Api.Reply;
import dev.ecommerce.product.CatalogFixtures;
import dev.ecommerce.product.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.product.Api.encode;
import static dev.ecommerce.product.ProductMother.product;
import static dev.ecommerce.product.ProductMother.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full text: weights, stemming, web search syntax, typo tolerance and completions. Each
 * test searches for made-up words that only its own products have.
 */
class FullTextSearchIntegrationTests extends ServiceIntegrationTest {

	private CatalogFixtures catalog;

	@BeforeEach
	void fixtures() {
		this.catalog = new CatalogFixtures(this.api);
	}

	@Test
	void aWordInTheNameRanksAboveTheBrandTheCategoryAndTheDescription() {
		JsonNode inDescription = this.catalog
			.product(with(product("Plain Tray", 100), "description", "A tray for the zephyrine collection"));
		JsonNode inCategory = this.catalog.product(product("Plain Rack", 100),
				this.catalog.category("Zephyrine Racks", null));
		JsonNode inBrand = this.catalog.product(with(product("Plain Shelf", 100), "brand", "Zephyrine"));
		JsonNode inName = this.catalog.product(product("Zephyrine Hook", 100));

		Reply found = this.api.get("/products/search?q=zephyrine");

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.each("/items", "/id")).containsExactly(id(inName), id(inBrand), id(inCategory),
				id(inDescription));
		assertThat(found.json().path("totalItems").asLong()).isEqualTo(4);
		assertThat(found.json().path("correctedQuery").isNull()).isTrue();
	}

	@Test
	void stemmingFindsOtherFormsOfAWord() {
		JsonNode product = this.catalog.product(product("Glimmering Quorbles", 100));

		assertThat(this.api.get("/products/search?q=quorble").each("/items", "/id")).containsExactly(id(product));
		assertThat(this.api.get("/products/search?q=glimmer").each("/items", "/id")).containsExactly(id(product));
	}

	@Test
	void aQuotedPhraseMatchesItsWordsInThatOrder() {
		JsonNode inOrder = this.catalog.product(product("Velvet Marmoset Cushion", 100));
		this.catalog.product(product("Marmoset Velvet Throw", 100));

		Reply found = this.api.get("/products/search?q=" + encode("\"velvet marmoset\""));

		assertThat(found.each("/items", "/id")).containsExactly(id(inOrder));
	}

	@Test
	void aMinusExcludesAWordAndOrMatchesEither() {
		JsonNode cushion = this.catalog.product(product("Brindlewick Cushion", 100));
		JsonNode lamp = this.catalog.product(product("Brindlewick Lamp", 100));
		JsonNode other = this.catalog.product(product("Thornquay Lamp", 100));

		assertThat(this.api.get("/products/search?q=" + encode("brindlewick -cushion")).each("/items", "/id"))
			.containsExactly(id(lamp));
		assertThat(this.api.get("/products/search?q=" + encode("brindlewick or thornquay") + "&sort=price,asc")
			.each("/items", "/id")).containsExactlyInAnyOrder(id(cushion), id(lamp), id(other));
	}

	@Test
	void aMisspelledWordStillFindsTheProductAndSaysWhatWasSearched() {
		JsonNode lantern = this.catalog.product(product("Moonstrider Lantern", 100));

		Reply found = this.api.get("/products/search?q=" + encode("moonstrder lantren"));

		assertThat(found.each("/items", "/id")).containsExactly(id(lantern));
		assertThat(found.json().path("correctedQuery").asString()).isEqualTo("moonstrider lantern");
	}

	@Test
	void wordsOfDraftsAreNotUsedToCorrectSpelling() {
		this.catalog.product(with(product("Hushwhisper Secret", 100), "status", "DRAFT"));

		Reply found = this.api.get("/products/search?q=hushwhispr");

		assertThat(found.json().path("totalItems").asLong()).isZero();
		assertThat(found.json().path("correctedQuery").isNull()).isTrue();
	}

	@Test
	void draftsAndArchivedProductsAreNeverFound() {
		this.catalog.product(with(product("Invisiblorp Draft", 100), "status", "DRAFT"));
		JsonNode archived = this.catalog.product(product("Invisiblorp Archived", 100));
		this.api.delete("/products/" + id(archived), this.catalog.seller());

		assertThat(this.api.get("/products/search?q=invisiblorp").json().path("totalItems").asLong()).isZero();
	}

	@Test
	void suggestionsCompleteTheLastWordAndNameProducts() {
		this.catalog.product(product("Quillfeather Notebook", 100));
		this.catalog.product(product("Quillfeather Pen", 100));
		this.catalog.product(product("Quillmore Ink", 100));

		Reply word = this.api.get("/products/suggest?q=quill");
		Reply phrase = this.api.get("/products/suggest?q=" + encode("Quillfeather no"));

		assertThat(word.status()).isEqualTo(200);
		assertThat(word.json().path("suggestions").values()).extracting(JsonNode::asString)
			.containsSubsequence("quillfeather", "quillmore")
			.contains("Quillfeather Pen", "Quillmore Ink");
		assertThat(phrase.json().path("suggestions").values()).extracting(JsonNode::asString)
			.containsExactly("Quillfeather Notebook");
		assertThat(this.api.get("/products/suggest?q=").json().path("suggestions").size()).isZero();
	}

	@Test
	void suggestionsAreAtMostTen() {
		for (int i = 0; i < 12; i++) {
			this.catalog.product(product("Zanzibarquet Model " + i, 100));
		}

		Reply suggested = this.api.get("/products/suggest?q=zanzibarq");

		assertThat(suggested.json().path("suggestions").size()).isEqualTo(10);
		assertThat(suggested.json().path("suggestions").get(0).asString()).isEqualTo("zanzibarquet");
	}

	@Test
	void theDearestPriceBucketHasNoEnd() {
		this.catalog.product(product("Opulentorb Chandelier", 75000));

		JsonNode price = this.api.get("/products/search?q=opulentorb").json().path("facets").path("price");

		assertThat(price.size()).isEqualTo(1);
		assertThat(price.at("/0/from").asLong()).isEqualTo(50000);
		assertThat(price.at("/0/to").isNull()).isTrue();
		assertThat(price.at("/0/count").asLong()).isEqualTo(1);
	}

	private static String id(JsonNode product) {
		return product.path("id").asString();
	}

}
