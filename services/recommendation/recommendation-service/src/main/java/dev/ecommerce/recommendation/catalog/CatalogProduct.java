package dev.ecommerce.recommendation.catalog;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A product as the recommendations see it.
 *
 * @param id the product
 * @param name its name
 * @param categoryId its category
 * @param active whether it is for sale (not a draft, not archived)
 * @param inStock whether some SKU of it can be sold: a SKU no stock event has named yet
 * counts as available, so that recommendations do not vanish while inventory is silent
 */
public record CatalogProduct(UUID id, String name, @Nullable UUID categoryId, boolean active, boolean inStock) {

	/** Whether it may be recommended. */
	public boolean recommendable() {
		return this.active && this.inStock;
	}

}
