package dev.ecommerce.recommendation.evaluation;

import java.util.Set;
import java.util.stream.IntStream;

/**
 * The k best items by score, ties broken by popularity then item number, leaving out what
 * the shopper already has.
 */
final class Ranking {

	private Ranking() {
	}

	static int[] top(double[] scores, double[] popularity, Set<Integer> excluded, int k) {
		return IntStream.range(0, scores.length).filter((i) -> !excluded.contains(i)).boxed().sorted((a, b) -> {
			int byScore = Double.compare(scores[b], scores[a]);
			if (byScore != 0) {
				return byScore;
			}
			int byPopularity = Double.compare(popularity[b], popularity[a]);
			return (byPopularity != 0) ? byPopularity : Integer.compare(a, b);
		}).limit(k).mapToInt(Integer::intValue).toArray();
	}

}
