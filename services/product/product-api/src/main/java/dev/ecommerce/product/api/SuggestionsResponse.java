package dev.ecommerce.product.api;

import java.util.List;

/**
 * Completions of what a shopper has typed into the search box
 * ({@code GET /products/suggest?q=}).
 *
 * @param suggestions at most ten completions, the likeliest first
 */
public record SuggestionsResponse(List<String> suggestions) {

}
