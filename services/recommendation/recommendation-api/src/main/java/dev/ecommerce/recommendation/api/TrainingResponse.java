package dev.ecommerce.recommendation.api;

/**
 * The answer to an admin's request for training.
 *
 * @param status {@code STARTED}, or {@code ALREADY_RUNNING} when a training is under way
 * (it will include what has arrived so far)
 * @param currentVersion the version being served now; 0 before any training
 */
public record TrainingResponse(String status, long currentVersion) {

}
