package dev.ecommerce.product.api;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A product as a search result lists it.
 *
 * @param id its id
 * @param name its name
 * @param brand its brand
 * @param price its lowest price among the variants that match the search
 * @param inStock whether some variant is in stock
 * @param image its main image
 * @param categoryId its category
 */
public record ProductSummary(UUID id, String name, @Nullable String brand, Money price, boolean inStock,
		@Nullable String image, @Nullable UUID categoryId) {

}
