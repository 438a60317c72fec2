package dev.ecommerce.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What a shopper opens, and how many of each in every 17: the mix of Online Boutique's
 * load generator (10 browse, 3 cart views, 2 add-to-cart, 1 checkout, 1 home page), its
 * ten browsing pages split into product pages and searches.
 */
enum Page {

	PRODUCT(6),

	SEARCH(4),

	CART(3),

	ADD_TO_CART(2),

	CHECKOUT(1),

	HOME(1);

	private final int per17;

	Page(int per17) {
		this.per17 = per17;
	}

	int per17() {
		return this.per17;
	}

	/**
	 * The pages in a random order that keeps the mix exact: each 17 pages in a row hold
	 * it once. Used by one thread.
	 */
	static final class Deck {

		private final List<Page> cards = new ArrayList<>();

		private final Random random;

		private int next;

		Deck(Random random) {
			this.random = random;
			for (Page page : values()) {
				for (int i = 0; i < page.per17; i++) {
					this.cards.add(page);
				}
			}
			this.next = this.cards.size();
		}

		Page next() {
			if (this.next == this.cards.size()) {
				Collections.shuffle(this.cards, this.random);
				this.next = 0;
			}
			return this.cards.get(this.next++);
		}

	}

}
