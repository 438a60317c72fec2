package dev.ecommerce.product.api;

import java.util.List;
import java.util.Map;

/**
 * What the products of a search result have in common, counted over the whole filtered
 * result (not only the page), as shops show beside the results.
 *
 * @param category the categories the products are listed in, most products first
 * @param brand their brands, most products first
 * @param price price ranges that hold at least one product, cheapest first
 * @param attributes per attribute name, its values, most products first
 */
public record Facets(List<CategoryFacetValue> category, List<FacetValue> brand, List<PriceBucket> price,
		Map<String, List<FacetValue>> attributes) {

}
