package dev.ecommerce.product.api;

/**
 * A category of the result and how many matching products are listed in it.
 *
 * @param value the category's id, as the {@code category} filter takes it
 * @param name its name
 * @param slug its slug, which the filter takes too
 * @param count the number of matching products listed directly in it
 */
public record CategoryFacetValue(String value, String name, String slug, long count) {

}
