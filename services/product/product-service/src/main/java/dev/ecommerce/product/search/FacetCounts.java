package dev.ecommerce.product.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.ecommerce.product.api.CategoryFacetValue;
import dev.ecommerce.product.api.FacetValue;
import dev.ecommerce.product.api.Facets;
import dev.ecommerce.product.api.PriceBucket;
import org.jspecify.annotations.Nullable;

/**
 * Turns the counts the search statement returns into facets: the grouping sets' rows (by
 * category, by brand, by price bucket, and the total) and the counts of attribute terms.
 */
final class FacetCounts {

	/** The most values a facet lists. */
	static final int MAX_VALUES = 20;

	private static final Comparator<FacetValue> MOST_FIRST = Comparator.comparingLong(FacetValue::count)
		.reversed()
		.thenComparing(FacetValue::value);

	private FacetCounts() {
	}

	static long total(List<Group> groups) {
		return groups.stream().filter((group) -> group.kind() == Group.TOTAL).mapToLong(Group::count).sum();
	}

	static Facets facets(List<Group> groups, List<TermCount> terms) {
		return new Facets(categories(groups), brands(groups), prices(groups), attributes(terms));
	}

	private static List<CategoryFacetValue> categories(List<Group> groups) {
		return groups.stream()
			.filter((group) -> group.kind() == Group.BY_CATEGORY && group.categoryId() != null)
			.map((group) -> new CategoryFacetValue(String.valueOf(group.categoryId()), String.valueOf(group.name()),
					String.valueOf(group.slug()), group.count()))
			.sorted(Comparator.comparingLong(CategoryFacetValue::count)
				.reversed()
				.thenComparing(CategoryFacetValue::name)
				.thenComparing(CategoryFacetValue::value))
			.limit(MAX_VALUES)
			.toList();
	}

	/**
	 * Brands that differ only in case are one brand, named as the first of them sorts.
	 */
	private static List<FacetValue> brands(List<Group> groups) {
		Map<String, FacetValue> brands = new LinkedHashMap<>();
		for (Group group : groups) {
			if (group.kind() == Group.BY_BRAND && group.brand() != null) {
				brands.merge(group.brand().toLowerCase(Locale.ROOT), new FacetValue(group.brand(), group.count()),
						(a, b) -> new FacetValue((a.value().compareTo(b.value()) <= 0) ? a.value() : b.value(),
								a.count() + b.count()));
			}
		}
		return brands.values().stream().sorted(MOST_FIRST).limit(MAX_VALUES).toList();
	}

	private static List<PriceBucket> prices(List<Group> groups) {
		long[] bounds = SearchStatement.PRICE_BOUNDS;
		return groups.stream()
			.filter((group) -> group.kind() == Group.BY_PRICE && group.bucket() != null)
			.sorted(Comparator.comparing(Group::bucket))
			.map((group) -> {
				int i = group.bucket();
				long from = (i == 0) ? 0 : bounds[i - 1];
				Long to = (i < bounds.length) ? bounds[i] : null;
				return new PriceBucket(from, to, group.count());
			})
			.toList();
	}

	private static Map<String, List<FacetValue>> attributes(List<TermCount> terms) {
		Map<String, List<FacetValue>> attributes = new TreeMap<>();
		for (TermCount term : terms) {
			int equals = term.term().indexOf('=');
			if (equals > 0) {
				attributes.computeIfAbsent(term.term().substring(0, equals), (name) -> new ArrayList<>())
					.add(new FacetValue(term.term().substring(equals + 1), term.count()));
			}
		}
		attributes.replaceAll((name, values) -> values.stream().sorted(MOST_FIRST).limit(MAX_VALUES).toList());
		return attributes;
	}

	/**
	 * A row of the grouping sets.
	 *
	 * @param kind which grouping: {@code GROUPING(category_id, brand, bucket)}
	 * @param categoryId the category, when grouped by category
	 * @param name the category's name
	 * @param slug the category's slug
	 * @param brand the brand, when grouped by brand
	 * @param bucket the price bucket, when grouped by price
	 * @param count the number of matching products
	 */
	record Group(int kind, @Nullable UUID categoryId, @Nullable String name, @Nullable String slug,
			@Nullable String brand, @Nullable Integer bucket, long count) {

		static final int BY_CATEGORY = 0b011;

		static final int BY_BRAND = 0b101;

		static final int BY_PRICE = 0b110;

		static final int TOTAL = 0b111;

	}

	/**
	 * How many matching products have an attribute value.
	 *
	 * @param term {@code name=value}, lower case
	 * @param count the number of matching products with it
	 */
	record TermCount(String term, long count) {

	}

}
