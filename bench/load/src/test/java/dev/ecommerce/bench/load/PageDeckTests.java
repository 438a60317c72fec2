package dev.ecommerce.bench.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageDeckTests {

	@Test
	void everySeventeenPagesInARowHoldOnlineBoutiquesMixExactly() {
		Page.Deck deck = new Page.Deck(new Random(1));
		for (int round = 0; round < 50; round++) {
			Map<Page, Integer> drawn = new EnumMap<>(Page.class);
			for (int i = 0; i < 17; i++) {
				drawn.merge(deck.next(), 1, Integer::sum);
			}
			assertThat(drawn).containsExactlyInAnyOrderEntriesOf(Map.of(Page.PRODUCT, 6, Page.SEARCH, 4, Page.CART, 3,
					Page.ADD_TO_CART, 2, Page.CHECKOUT, 1, Page.HOME, 1));
		}
	}

}
