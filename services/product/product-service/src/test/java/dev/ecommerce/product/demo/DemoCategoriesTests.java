package dev.ecommerce.product.demo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCategoriesTests {

	@ParameterizedTest
	@CsvSource({ "White Hanging Heart T-Light Holder, candles", "Christmas Candle Holder, christmas",
			"Paper Chain Kit 50's Christmas, christmas", "Lunch Bag Red Retrospot, bags",
			"Jumbo Bag Pink Polkadot, bags", "Enamel Flower Mug, mugs", "Set of 3 Cake Tins Pantry Design, kitchenware",
			"Wooden Frame Antique White, decorations", "Assorted Colour Bird Ornament, garden",
			"Pack of 72 Retrospot Cake Cases, kitchenware", "Red Toadstool Led Night Light, lights",
			"Spaceboy Birthday Card, cards", "Black Pendant Necklace, jewellery", "Doggy Rubber, stationery",
			"Inflatable Political Globe, toys", "Mystery Object, other" })
	void aProductIsPutInTheCategoryItsNameNames(String name, String slug) {
		assertThat(DemoCategories.slugOf(name)).isEqualTo(slug);
	}

}
