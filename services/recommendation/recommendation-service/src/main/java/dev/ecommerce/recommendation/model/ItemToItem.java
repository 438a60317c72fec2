package dev.ecommerce.recommendation.model;

import java.util.Map;

/**
 * A model that scores items from other items: for each item, the items it leads to and
 * how strongly. Item-to-item cosine keeps an item's nearest neighbours; EASE keeps the
 * largest weights of its item-item matrix. A shopper's score for an item is the sum, over
 * what they interacted with, of the interaction's weight times the item's weight.
 *
 * @param targets per item, the items it leads to, strongest first
 * @param weights per item, the weights of {@code targets}
 */
public record ItemToItem(int[][] targets, float[][] weights) {

	public static ItemToItem empty(int items) {
		return new ItemToItem(new int[items][0], new float[items][0]);
	}

	public int itemCount() {
		return this.targets.length;
	}

	/**
	 * Adds a history's scores to {@code scores}.
	 * @param history items and the weight of each
	 * @param scores per item, added to
	 */
	public void score(Map<Integer, Double> history, double[] scores) {
		for (Map.Entry<Integer, Double> entry : history.entrySet()) {
			int item = entry.getKey();
			if (item < 0 || item >= this.targets.length) {
				continue;
			}
			double weight = entry.getValue();
			int[] to = this.targets[item];
			float[] by = this.weights[item];
			for (int k = 0; k < to.length; k++) {
				scores[to[k]] += weight * by[k];
			}
		}
	}

	/** Whether an item leads anywhere. */
	public boolean knows(int item) {
		return item >= 0 && item < this.targets.length && this.targets[item].length > 0;
	}

}
