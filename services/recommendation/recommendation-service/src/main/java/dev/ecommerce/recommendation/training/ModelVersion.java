package dev.ecommerce.recommendation.training;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.recommendation.model.TrainedModels;

/**
 * A version of the trained models, ready to serve: the models and the number of each
 * product in them.
 *
 * @param version its number; 0 for the empty models served before any training
 * @param trainedAt when it was trained; {@code null} for version 0
 * @param models the models
 * @param index the number of each product in the models
 */
public record ModelVersion(long version, Instant trainedAt, TrainedModels models, Map<UUID, Integer> index) {

	static ModelVersion of(long version, Instant trainedAt, TrainedModels models) {
		Map<UUID, Integer> index = new java.util.HashMap<>();
		models.index().forEach((item, number) -> index.put(UUID.fromString(item), number));
		return new ModelVersion(version, trainedAt, models, Map.copyOf(index));
	}

	/** The product of a number. */
	public UUID product(int number) {
		return UUID.fromString(this.models.items().get(number));
	}

	/** The number of a product, or -1 if the models do not know it. */
	public int numberOf(UUID product) {
		return this.index.getOrDefault(product, -1);
	}

}
