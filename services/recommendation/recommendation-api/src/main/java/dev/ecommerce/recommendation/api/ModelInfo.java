package dev.ecommerce.recommendation.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which model produced an answer.
 *
 * @param name {@code ease}, {@code item-cosine}, {@code basket-cosine},
 * {@code popularity} or {@code content} (name and category, computed from the catalog as
 * it is now)
 * @param version the version of the trained models it belongs to; 0 before any training
 * @param trainedAt when that version was trained; {@code null} before any training
 */
public record ModelInfo(String name, long version, @Nullable Instant trainedAt) {

}
