package dev.ecommerce.recommendation.api;

import java.util.List;

/**
 * Recommended products, best first, and the model that chose them.
 *
 * @param items the products
 * @param model the model that produced the answer
 */
public record RecommendationsResponse(List<RecommendedItem> items, ModelInfo model) {

}
