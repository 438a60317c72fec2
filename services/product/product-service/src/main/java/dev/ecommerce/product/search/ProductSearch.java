package dev.ecommerce.product.search;

import java.util.List;
import java.util.UUID;

import dev.ecommerce.product.CatalogProperties;
import dev.ecommerce.product.api.Money;
import dev.ecommerce.product.api.ProductSearchResponse;
import dev.ecommerce.product.api.ProductSummary;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers searches: one statement for the page, the total and the facets; when a text
 * finds nothing and looks misspelled, once more with the spelling corrected.
 */
@Service
class ProductSearch {

	private static final TypeReference<List<Item>> ITEMS = new TypeReference<>() {
	};

	private static final TypeReference<List<FacetCounts.Group>> GROUPS = new TypeReference<>() {
	};

	private static final TypeReference<List<FacetCounts.TermCount>> TERMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Spelling spelling;

	private final JsonMapper jsonMapper;

	private final String currency;

	ProductSearch(JdbcClient jdbc, Spelling spelling, JsonMapper jsonMapper, CatalogProperties properties) {
		this.jdbc = jdbc;
		this.spelling = spelling;
		this.jsonMapper = jsonMapper;
		this.currency = properties.currency();
	}

	@Transactional(readOnly = true)
	ProductSearchResponse search(SearchQuery query) {
		// how many products a text matches decides the best plan: never reuse a generic
		// one
		this.jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
		ProductSearchResponse response = run(query, null);
		if (response.totalItems() == 0 && query.text() != null) {
			String corrected = this.spelling.correct(query.text());
			if (corrected != null) {
				return run(query.withText(corrected), corrected);
			}
		}
		return response;
	}

	private ProductSearchResponse run(SearchQuery query, @Nullable String correctedQuery) {
		SearchStatement statement = SearchStatement.of(query);
		return this.jdbc.sql(statement.sql()).params(statement.parameters()).query((rs, row) -> {
			List<ProductSummary> items = read(rs.getString("items"), ITEMS).stream().map(this::summary).toList();
			List<FacetCounts.Group> groups = read(rs.getString("groups"), GROUPS);
			long total = FacetCounts.total(groups);
			int totalPages = (int) ((total + query.size() - 1) / query.size());
			return new ProductSearchResponse(items, query.page(), query.size(), total, totalPages,
					FacetCounts.facets(groups, read(rs.getString("attributes"), TERMS)), correctedQuery);
		}).single();
	}

	private <T> T read(String json, TypeReference<T> type) {
		return this.jsonMapper.readValue(json, type);
	}

	private ProductSummary summary(Item item) {
		return new ProductSummary(item.id(), item.name(), item.brand(), new Money(item.price(), this.currency),
				item.inStock(), item.image(), item.categoryId());
	}

	record Item(UUID id, String name, @Nullable String brand, @Nullable UUID categoryId, boolean inStock,
			@Nullable String image, long price) {

	}

}
