package dev.ecommerce.product.api;

import org.jspecify.annotations.Nullable;

/**
 * A price range of the result and how many matching products are priced in it.
 *
 * @param from the lowest price of the range, in minor units of the catalog's currency
 * (inclusive), as {@code minPrice} takes it
 * @param to the end of the range (exclusive), or {@code null} for no end
 * @param count the number of matching products priced in it
 */
public record PriceBucket(long from, @Nullable Long to, long count) {

}
