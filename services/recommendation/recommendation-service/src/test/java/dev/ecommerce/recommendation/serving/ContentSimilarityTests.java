package dev.ecommerce.recommendation.serving;

import java.util.List;
import java.util.UUID;

import dev.ecommerce.recommendation.catalog.CatalogProduct;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSimilarityTests {

	private static final UUID LIGHTS = UUID.randomUUID();

	private static final UUID KITCHEN = UUID.randomUUID();

	@Test
	void productsSharingWordsComeFirstAndTheSameCategoryOutweighsACommonWord() {
		CatalogProduct holder = product("White Hanging Heart T-Light Holder", LIGHTS);
		CatalogProduct redHolder = product("Red Hanging Heart T-Light Holder", LIGHTS);
		CatalogProduct lantern = product("White Metal Lantern", LIGHTS);
		CatalogProduct mug = product("White Heart Mug", KITCHEN);
		CatalogProduct teapot = product("Green Teapot", KITCHEN);

		List<Scored> like = ContentSimilarity.like(holder, List.of(holder, redHolder, lantern, mug, teapot));

		// the lantern shares "white" and the category; the mug "white" and "heart" but
		// not the category;
		// the teapot nothing
		assertThat(like).extracting(Scored::productId).containsExactly(redHolder.id(), lantern.id(), mug.id());
	}

	@Test
	void wordsAreLowerCasedAndShortAndStopWordsDropped() {
		assertThat(ContentSimilarity.words("Set of 3 Cake Tins, Pantry Design")).containsExactly("cake", "design",
				"pantry", "tins");
	}

	private static CatalogProduct product(String name, UUID category) {
		return new CatalogProduct(UUID.randomUUID(), name, category, true, true);
	}

}
