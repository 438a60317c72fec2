package dev.ecommerce.product.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A category with its sub-categories.
 *
 * @param id its id
 * @param name its name
 * @param slug its name in URLs
 * @param parentId its parent, or {@code null} for a top category
 * @param children its sub-categories, by name
 * @param version its version, also its {@code ETag}
 */
public record CategoryResponse(UUID id, String name, String slug, @Nullable UUID parentId,
		List<CategoryResponse> children, long version) {

}
