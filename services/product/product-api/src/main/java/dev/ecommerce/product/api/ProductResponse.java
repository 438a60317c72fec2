package dev.ecommerce.product.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A product with its variants.
 *
 * @param id its id
 * @param sellerId the seller it belongs to
 * @param name its name
 * @param description running text
 * @param brand the maker's brand
 * @param categoryId the category it is listed in
 * @param attributes free attributes shared by all variants
 * @param status {@code DRAFT}, {@code ACTIVE} or {@code ARCHIVED}
 * @param images image URLs, the main one first
 * @param variants the sellable units
 * @param inStock whether some variant is in stock
 * @param version the version, also the {@code ETag}; an update may name it in
 * {@code If-Match}
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record ProductResponse(UUID id, UUID sellerId, String name, @Nullable String description, @Nullable String brand,
		@Nullable UUID categoryId, Map<String, String> attributes, ProductStatus status, List<String> images,
		List<VariantResponse> variants, boolean inStock, long version, Instant createdAt, Instant updatedAt) {

}
