package dev.ecommerce.recommendation.api;

import java.util.UUID;

/**
 * One recommended product.
 *
 * @param productId the product
 * @param score how strongly the model recommends it; comparable within one answer only
 * @param reason why: {@code PERSONALISED}, {@code SIMILAR},
 * {@code SIMILAR_NAME_AND_CATEGORY}, {@code BOUGHT_TOGETHER} or {@code POPULAR}
 */
public record RecommendedItem(UUID productId, double score, String reason) {

}
