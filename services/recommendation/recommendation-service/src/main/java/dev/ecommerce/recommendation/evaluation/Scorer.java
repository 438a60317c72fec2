package dev.ecommerce.recommendation.evaluation;

import java.util.Map;

/**
 * A model as the evaluation sees it: scores for every item from a shopper's history.
 */
@FunctionalInterface
interface Scorer {

	/**
	 * Scores items.
	 * @param history the shopper's items (training numbers) and weights
	 * @param scores per item, to add to; starts at zero
	 */
	void score(Map<Integer, Double> history, double[] scores);

}
