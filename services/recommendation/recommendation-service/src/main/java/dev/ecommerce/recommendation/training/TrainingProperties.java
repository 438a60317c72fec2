package dev.ecommerce.recommendation.training;

import java.time.Duration;

import dev.ecommerce.recommendation.model.TrainedModels;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How and when the models are trained ({@code ecommerce.recommendation.training.*}). The
 * defaults are the ones the offline evaluation chose (bench/RESULTS.md).
 *
 * @param interval how often to look for new signals; a training starts when they changed
 * and then stayed unchanged for one interval (so that a burst of events trains once)
 * @param historyHalfLife see {@link TrainedModels.Settings}
 * @param popularityHalfLife see {@link TrainedModels.Settings}
 * @param easeItems see {@link TrainedModels.Settings}
 * @param easeLambda see {@link TrainedModels.Settings}
 * @param easeKeep see {@link TrainedModels.Settings}
 * @param neighbours see {@link TrainedModels.Settings}
 * @param keptVersions how many versions to keep in the database
 */
@ConfigurationProperties("ecommerce.recommendation.training")
record TrainingProperties(@DefaultValue("10m") Duration interval, @DefaultValue("90d") Duration historyHalfLife,
		@DefaultValue("30d") Duration popularityHalfLife, @DefaultValue("2000") int easeItems,
		@DefaultValue("1000") double easeLambda, @DefaultValue("200") int easeKeep, @DefaultValue("50") int neighbours,
		@DefaultValue("3") int keptVersions) {

	TrainedModels.Settings settings() {
		return new TrainedModels.Settings(this.historyHalfLife, this.popularityHalfLife, this.easeItems,
				this.easeLambda, this.easeKeep, this.neighbours);
	}

}
