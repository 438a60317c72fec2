package dev.ecommerce.product.api;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A variant of a product.
 *
 * @param sku the unique stock keeping unit
 * @param attributes what sets it apart from the other variants
 * @param price its price
 * @param weightGrams its shipping weight, if known
 * @param inStock whether the inventory service last said some unit is available
 */
public record VariantResponse(String sku, Map<String, String> attributes, Money price, @Nullable Integer weightGrams,
		boolean inStock) {

}
