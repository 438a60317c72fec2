package dev.ecommerce.product.search;

import java.util.List;

import dev.ecommerce.platform.web.problem.InvalidRequestException;

/**
 * The orders a search result can be in.
 */
enum SearchSort {

	/** Best match first; newest first when there is no text to match. */
	RELEVANCE,

	PRICE_ASCENDING,

	PRICE_DESCENDING,

	NEWEST;

	static final String ALLOWED = "relevance, price,asc, price,desc or newest";

	static SearchSort parse(List<String> sort) {
		if (sort.isEmpty()) {
			return RELEVANCE;
		}
		if (sort.size() > 1) {
			throw new InvalidRequestException("sort", "must be one of " + ALLOWED);
		}
		return switch (sort.get(0).strip()) {
			case "relevance" -> RELEVANCE;
			case "price", "price,asc" -> PRICE_ASCENDING;
			case "price,desc" -> PRICE_DESCENDING;
			case "newest" -> NEWEST;
			default -> throw new InvalidRequestException("sort", "must be one of " + ALLOWED);
		};
	}

}
