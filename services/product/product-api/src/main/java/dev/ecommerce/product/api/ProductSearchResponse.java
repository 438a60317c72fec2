package dev.ecommerce.product.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of search results with the facets of the whole result
 * ({@code GET /products/search}).
 *
 * @param items the products of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems the number of matching products
 * @param totalPages the number of pages
 * @param facets the facets of all matching products
 * @param correctedQuery the query that was searched instead when the one given matched
 * nothing and looked misspelled, else {@code null}
 */
public record ProductSearchResponse(List<ProductSummary> items, int page, int size, long totalItems, int totalPages,
		Facets facets, @Nullable String correctedQuery) {

}
