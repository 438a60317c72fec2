package dev.ecommerce.recommendation.api;

import java.time.Instant;

/**
 * A stored version of the trained models.
 *
 * @param version its number
 * @param trainedAt when it was trained
 * @param interactions how many interactions it learned from
 * @param items how many products it knows
 * @param trainingMillis how long the training took
 * @param serving whether it is the version being served
 */
public record ModelVersionResponse(long version, Instant trainedAt, int interactions, int items, long trainingMillis,
		boolean serving) {

}
