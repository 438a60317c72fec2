package dev.ecommerce.product.search;

import java.util.List;

import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.product.api.ProductSearchResponse;
import dev.ecommerce.product.api.SuggestionsResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchController {

	private final ProductSearch search;

	private final Suggestions suggestions;

	SearchController(ProductSearch search, Suggestions suggestions) {
		this.search = search;
		this.suggestions = suggestions;
	}

	/**
	 * {@code q}, {@code category}, {@code brand}, {@code minPrice}, {@code maxPrice},
	 * {@code inStock}, {@code attr.<name>}, {@code sort}, {@code page}, {@code size}.
	 */
	@GetMapping("/products/search")
	ProductSearchResponse search(@RequestParam MultiValueMap<String, String> parameters, PageQuery page) {
		return this.search.search(SearchQuery.from(parameters, page));
	}

	@GetMapping("/products/suggest")
	SuggestionsResponse suggest(@RequestParam(name = "q", required = false) @Nullable String text) {
		if (text == null || text.isBlank()) {
			return new SuggestionsResponse(List.of());
		}
		if (text.length() > Suggestions.MAX_TEXT) {
			throw new InvalidRequestException("q", "must be at most " + Suggestions.MAX_TEXT + " characters");
		}
		return new SuggestionsResponse(this.suggestions.complete(text));
	}

}
