package dev.ecommerce.product.api;

/**
 * A value of a facet and how many products of the result have it.
 *
 * @param value the value, as a filter takes it
 * @param count the number of matching products with it
 */
public record FacetValue(String value, long count) {

}
