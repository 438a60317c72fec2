package dev.ecommerce.product.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.Problems.FieldError;
import dev.ecommerce.product.api.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * What a shopper searches for, read from the query parameters of
 * {@code GET /products/search} and checked, so that anything malformed is a 400 before
 * any SQL runs.
 *
 * @param text the full-text query in web search syntax, or {@code null} to browse
 * @param categoryId the category whose products (with its sub-categories') to show
 * @param categorySlug the same, named by its slug
 * @param brands brands in lower case, any of which a product may have
 * @param minPrice the lowest price in minor units, inclusive
 * @param maxPrice the highest price in minor units, inclusive
 * @param inStockOnly whether to show only products in stock
 * @param attributes per attribute name (lower case), the values (lower case) any of which
 * a product must have
 * @param sort the order of the result
 * @param page the page number, from 0
 * @param size the page size
 */
record SearchQuery(@Nullable String text, @Nullable UUID categoryId, @Nullable String categorySlug, List<String> brands,
		@Nullable Long minPrice, @Nullable Long maxPrice, boolean inStockOnly, Map<String, List<String>> attributes,
		SearchSort sort, int page, int size) {

	static final int MAX_TEXT = 200;

	static final int MAX_VALUES = 10;

	static final String ATTRIBUTE_PREFIX = "attr.";

	private static final Pattern LINE = Pattern.compile(TextRules.LINE);

	private static final Pattern ATTRIBUTE_NAME = Pattern.compile(TextRules.ATTRIBUTE_NAME);

	private static final Pattern SLUG = Pattern.compile(TextRules.SLUG);

	static SearchQuery from(MultiValueMap<String, String> parameters, PageQuery page) {
		Reader reader = new Reader(parameters);
		String text = reader.text("q", MAX_TEXT);
		String category = reader.text("category", 100);
		UUID categoryId = null;
		String categorySlug = null;
		if (category != null) {
			try {
				categoryId = UUID.fromString(category);
			}
			catch (IllegalArgumentException ex) {
				categorySlug = reader.check("category", category, SLUG.matcher(category).matches(),
						"must be a category id or slug");
			}
		}
		List<String> brands = reader.values("brand", 100);
		Long minPrice = reader.amount("minPrice");
		Long maxPrice = reader.amount("maxPrice");
		if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
			reader.errors.add(new FieldError("maxPrice", "must not be below minPrice"));
		}
		boolean inStockOnly = reader.flag("inStock");
		Map<String, List<String>> attributes = reader.attributes();
		SearchSort sort = SearchSort.parse(page.sort());
		if (!reader.errors.isEmpty()) {
			throw new InvalidRequestException(reader.errors);
		}
		return new SearchQuery(text, categoryId, categorySlug, brands, minPrice, maxPrice, inStockOnly, attributes,
				sort, page.page(), page.size());
	}

	SearchQuery withText(String text) {
		return new SearchQuery(text, this.categoryId, this.categorySlug, this.brands, this.minPrice, this.maxPrice,
				this.inStockOnly, this.attributes, this.sort, this.page, this.size);
	}

	boolean filtersPrice() {
		return this.minPrice != null || this.maxPrice != null;
	}

	long offset() {
		return (long) this.page * this.size;
	}

	private static final class Reader {

		private final MultiValueMap<String, String> parameters;

		private final List<FieldError> errors = new ArrayList<>();

		Reader(MultiValueMap<String, String> parameters) {
			this.parameters = parameters;
		}

		@Nullable String text(String name, int maxLength) {
			String value = this.parameters.getFirst(name);
			if (value == null || value.isBlank()) {
				return null;
			}
			return line(name, value.strip(), maxLength);
		}

		List<String> values(String name, int maxLength) {
			List<String> values = new ArrayList<>();
			for (String value : this.parameters.getOrDefault(name, List.of())) {
				if (!value.isBlank()) {
					String line = line(name, value.strip(), maxLength);
					if (line != null) {
						values.add(line.toLowerCase(Locale.ROOT));
					}
				}
			}
			if (values.size() > MAX_VALUES) {
				this.errors.add(new FieldError(name, "must have at most " + MAX_VALUES + " values"));
			}
			return List.copyOf(values);
		}

		@Nullable Long amount(String name) {
			String value = this.parameters.getFirst(name);
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				long amount = Long.parseLong(value.strip());
				if (amount >= 0) {
					return amount;
				}
			}
			catch (NumberFormatException ex) {
				// answered below
			}
			this.errors.add(new FieldError(name, "must be a whole amount in minor units, 0 or more"));
			return null;
		}

		boolean flag(String name) {
			String value = this.parameters.getFirst(name);
			if (value == null || value.isBlank()) {
				return false;
			}
			return switch (value.strip().toLowerCase(Locale.ROOT)) {
				case "true" -> true;
				case "false" -> false;
				default -> {
					this.errors.add(new FieldError(name, "must be true or false"));
					yield false;
				}
			};
		}

		Map<String, List<String>> attributes() {
			Map<String, List<String>> attributes = new LinkedHashMap<>();
			for (String parameter : this.parameters.keySet()) {
				if (!parameter.startsWith(ATTRIBUTE_PREFIX)) {
					continue;
				}
				String name = parameter.substring(ATTRIBUTE_PREFIX.length()).strip();
				if (name.length() > 50 || !ATTRIBUTE_NAME.matcher(name).matches()) {
					this.errors.add(new FieldError(parameter, "must name an attribute: attr.<name>=<value>"));
					continue;
				}
				List<String> values = values(parameter, 200);
				if (!values.isEmpty()) {
					attributes.merge(name.toLowerCase(Locale.ROOT), values, (a, b) -> {
						List<String> both = new ArrayList<>(a);
						both.addAll(b);
						return both;
					});
				}
			}
			if (attributes.size() > MAX_VALUES) {
				this.errors.add(new FieldError("attr", "must filter at most " + MAX_VALUES + " attributes"));
			}
			return attributes;
		}

		private @Nullable String line(String name, String value, int maxLength) {
			if (value.length() > maxLength) {
				this.errors.add(new FieldError(name, "must be at most " + maxLength + " characters"));
				return null;
			}
			return check(name, value, LINE.matcher(value).matches(), TextRules.NO_CONTROL_CHARACTERS);
		}

		@Nullable String check(String name, String value, boolean valid, String message) {
			if (!valid) {
				this.errors.add(new FieldError(name, message));
				return null;
			}
			return value;
		}

	}

}
