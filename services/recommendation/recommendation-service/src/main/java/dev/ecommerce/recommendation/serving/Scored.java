package dev.ecommerce.recommendation.serving;

import java.util.Comparator;
import java.util.UUID;

/**
 * A product and its score; ties are broken by product id so that answers are stable.
 */
record Scored(UUID productId, double score) {

	static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score)
		.reversed()
		.thenComparing(Scored::productId);

}
