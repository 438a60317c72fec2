package dev.ecommerce.recommendation.training;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.ecommerce.recommendation.model.TrainedModels;

/**
 * A version of the trained models, ready to serve: the models and the number of each
 * product in them.
 *
 * @param version its number; 0 for the empty models served before any training
 * @param trainedAt when it was trained; {@code null} for version 0
 * @param models the models
 * @param index the number of each product in the models
 * @param products the product of each number
 * @param bestSellers the numbers of the products with some popularity, most popular first
 */
public record ModelVersion(long version, Instant trainedAt, TrainedModels models, Map<UUID, Integer> index,
		UUID[] products, int[] bestSellers) {

	static ModelVersion of(long version, Instant trainedAt, TrainedModels models) {
		UUID[] products = new UUID[models.items().size()];
		Map<UUID, Integer> index = new HashMap<>(products.length * 2);
		for (int number = 0; number < products.length; number++) {
			products[number] = UUID.fromString(models.items().get(number));
			index.put(products[number], number);
		}
		double[] popularity = models.popularity();
		int[] bestSellers = IntStream.range(0, products.length)
			.filter((number) -> popularity[number] > 0)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer number) -> -popularity[number])
				.thenComparing((number) -> products[number]))
			.mapToInt(Integer::intValue)
			.toArray();
		return new ModelVersion(version, trainedAt, models, index, products, bestSellers);
	}

	/** The product of a number. */
	public UUID product(int number) {
		return this.products[number];
	}

	/** The number of a product, or -1 if the models do not know it. */
	public int numberOf(UUID product) {
		return this.index.getOrDefault(product, -1);
	}

}
