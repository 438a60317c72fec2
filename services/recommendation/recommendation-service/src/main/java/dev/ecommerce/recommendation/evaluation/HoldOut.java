package dev.ecommerce.recommendation.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ecommerce.recommendation.model.Interaction;
import dev.ecommerce.recommendation.model.TrainingSet;

/**
 * A time split: train on what happened before a cut, test on what the same shoppers
 * bought in the period after it that they had not bought before. Shoppers without
 * training history or without a new purchase in the test period are not tested: every
 * model falls back to popularity for them alike.
 *
 * @param train the training interactions, indexed
 * @param relevant per tested shopper, the training numbers of the items they went on to
 * buy
 */
record HoldOut(TrainingSet train, Map<String, Set<Integer>> relevant) {

	static HoldOut split(List<Interaction> interactions, Instant cut, Instant end, Duration halfLife) {
		List<Interaction> before = new ArrayList<>();
		List<Interaction> after = new ArrayList<>();
		for (Interaction interaction : interactions) {
			if (interaction.at().isBefore(cut)) {
				before.add(interaction);
			}
			else if (interaction.at().isBefore(end)) {
				after.add(interaction);
			}
		}
		TrainingSet train = TrainingSet.of(before, cut, halfLife);
		Map<String, Set<Integer>> relevant = new LinkedHashMap<>();
		for (Interaction interaction : after) {
			Map<Integer, Double> history = train.history(interaction.user());
			int item = train.indexOf(interaction.item());
			if (!history.isEmpty() && item >= 0 && !history.containsKey(item)) {
				relevant.computeIfAbsent(interaction.user(), (user) -> new HashSet<>()).add(item);
			}
		}
		return new HoldOut(train, relevant);
	}

	/**
	 * Measures a model at a cut-off.
	 * @param scorer the model
	 * @param k how many recommendations each shopper gets
	 */
	Metrics measure(Scorer scorer, int k) {
		double[] popularity = this.train.popularity();
		Set<Integer> recommended = new HashSet<>();
		double hits = 0;
		double ndcg = 0;
		for (Map.Entry<String, Set<Integer>> user : this.relevant.entrySet()) {
			Map<Integer, Double> history = this.train.history(user.getKey());
			double[] scores = new double[this.train.itemCount()];
			scorer.score(history, scores);
			int[] top = Ranking.top(scores, popularity, history.keySet(), k);
			double dcg = 0;
			boolean hit = false;
			for (int rank = 0; rank < top.length; rank++) {
				recommended.add(top[rank]);
				if (user.getValue().contains(top[rank])) {
					dcg += 1 / log2(rank + 2);
					hit = true;
				}
			}
			double ideal = 0;
			for (int rank = 0; rank < Math.min(k, user.getValue().size()); rank++) {
				ideal += 1 / log2(rank + 2);
			}
			hits += hit ? 1 : 0;
			ndcg += dcg / ideal;
		}
		int users = this.relevant.size();
		return new Metrics(users, hits / users, ndcg / users, (double) recommended.size() / this.train.itemCount());
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	/**
	 * What a model achieved.
	 *
	 * @param users the shoppers tested
	 * @param hitRate the share of them with at least one purchase in their top k
	 * @param ndcg the mean normalised discounted cumulative gain at k
	 * @param coverage the share of the training items recommended to anyone
	 */
	record Metrics(int users, double hitRate, double ndcg, double coverage) {

	}

}
