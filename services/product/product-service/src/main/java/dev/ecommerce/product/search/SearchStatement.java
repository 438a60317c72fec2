package dev.ecommerce.product.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one SQL statement that answers a search: the matching products are found once (a
 * materialized CTE), then paged, counted by category, brand and price bucket in one pass
 * (grouping sets) and by attribute value in another, all in one round trip. Every value a
 * shopper gives is a bind parameter; only fixed fragments are put together here.
 */
final class SearchStatement {

	/** The price facet's bucket boundaries, in minor units. */
	static final long[] PRICE_BOUNDS = { 500, 1000, 2000, 5000, 10000, 20000, 50000 };

	private final StringBuilder where = new StringBuilder();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private final List<String> ctes = new ArrayList<>();

	private final SearchQuery query;

	private SearchStatement(SearchQuery query) {
		this.query = query;
	}

	static SearchStatement of(SearchQuery query) {
		SearchStatement statement = new SearchStatement(query);
		statement.filter();
		return statement;
	}

	String sql() {
		String with = "WITH RECURSIVE " + String.join(",\n", this.ctes) + (this.ctes.isEmpty() ? "" : ",\n");
		return with
				+ """
						matched AS MATERIALIZED (
						    SELECT *, width_bucket(price, CAST(:priceBounds AS bigint[])) AS bucket FROM (
						        SELECT p.id, p.brand, p.category_id, p.created_at, p.attribute_terms, %s AS price, %s AS relevance
						        FROM product p
						        WHERE p.status = 'ACTIVE'%s) candidates
						    WHERE price IS NOT NULL),
						facet_groups AS (
						    SELECT category_id, brand, bucket, count(*) AS n, GROUPING(category_id, brand, bucket) AS kind
						    FROM matched GROUP BY GROUPING SETS ((category_id), (brand), (bucket), ()))
						SELECT
						    (SELECT coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'brand', p.brand,
						            'categoryId', p.category_id, 'inStock', p.in_stock, 'image', p.images ->> 0, 'price', page.price)
						            ORDER BY %s), '[]')
						     FROM (SELECT id, price, relevance, created_at FROM matched ORDER BY %s LIMIT :limit OFFSET :offset) page
						     JOIN product p ON p.id = page.id) AS items,
						    (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', g.kind, 'categoryId', g.category_id, 'name', c.name,
						            'slug', c.slug, 'brand', g.brand, 'bucket', g.bucket, 'count', g.n)), '[]')
						     FROM facet_groups g LEFT JOIN category c ON c.id = g.category_id) AS groups,
						    (SELECT coalesce(jsonb_agg(jsonb_build_object('term', term, 'count', n)), '[]')
						     FROM (SELECT term, count(*) AS n FROM (SELECT unnest(attribute_terms) AS term FROM matched) terms
						           GROUP BY term) counted) AS attributes
						"""
					.formatted(price(), rank(), this.where, order("page."), order(""));
	}

	Map<String, Object> parameters() {
		Map<String, Object> all = new LinkedHashMap<>(this.parameters);
		all.put("limit", this.query.size());
		all.put("offset", this.query.offset());
		all.put("priceBounds", PRICE_BOUNDS);
		return all;
	}

	private void filter() {
		if (this.query.text() != null) {
			this.where.append("\n      AND p.search_vector @@ websearch_to_tsquery('english', :text)");
			this.parameters.put("text", this.query.text());
		}
		if (this.query.categoryId() != null || this.query.categorySlug() != null) {
			this.ctes.add("""
					category_tree (id) AS (
					    SELECT id FROM category WHERE id = CAST(:categoryId AS uuid) OR slug = :categorySlug
					    UNION
					    SELECT c.id FROM category c JOIN category_tree t ON c.parent_id = t.id)""");
			this.where.append("\n      AND p.category_id IN (SELECT id FROM category_tree)");
			this.parameters.put("categoryId",
					(this.query.categoryId() != null) ? this.query.categoryId().toString() : null);
			this.parameters.put("categorySlug", this.query.categorySlug());
		}
		if (!this.query.brands().isEmpty()) {
			this.where.append("\n      AND lower(p.brand) IN (:brands)");
			this.parameters.put("brands", this.query.brands());
		}
		if (this.query.inStockOnly()) {
			this.where.append("\n      AND p.in_stock");
		}
		int n = 0;
		for (Map.Entry<String, List<String>> attribute : this.query.attributes().entrySet()) {
			String parameter = "attribute" + n++;
			this.where.append("\n      AND p.attribute_terms && CAST(:" + parameter + " AS text[])");
			this.parameters.put(parameter,
					attribute.getValue()
						.stream()
						.map((value) -> attribute.getKey() + "=" + value)
						.toArray(String[]::new));
		}
		if (this.query.filtersPrice()) {
			// the product's price range first, cheap; the variants decide in price()
			this.where.append("\n      AND p.price_max >= :minPrice AND p.price_min <= :maxPrice");
			this.parameters.put("minPrice", (this.query.minPrice() != null) ? this.query.minPrice() : 0L);
			this.parameters.put("maxPrice", (this.query.maxPrice() != null) ? this.query.maxPrice() : Long.MAX_VALUE);
		}
	}

	/** The lowest price among the variants in the price range: what the product shows. */
	private String price() {
		if (!this.query.filtersPrice()) {
			return "p.price_min";
		}
		// the cheapest variant is in the range unless it is below it: only then look at
		// the variants
		return "CASE WHEN p.price_min >= :minPrice THEN p.price_min ELSE (SELECT min(v.price_amount) "
				+ "FROM product_variant v WHERE v.product_id = p.id AND v.price_amount BETWEEN :minPrice AND :maxPrice) END";
	}

	private String rank() {
		return (this.query.text() != null) ? "ts_rank(p.search_vector, websearch_to_tsquery('english', :text))"
				: "0::real";
	}

	/** The order of the result, its columns qualified as given ({@code "page."}). */
	private String order(String q) {
		return switch (this.query.sort()) {
			case RELEVANCE -> (this.query.text() != null) ? q + "relevance DESC, " + q + "created_at DESC, " + q + "id"
					: q + "created_at DESC, " + q + "id";
			case PRICE_ASCENDING -> q + "price ASC, " + q + "id";
			case PRICE_DESCENDING -> q + "price DESC, " + q + "id";
			case NEWEST -> q + "created_at DESC, " + q + "id";
		};
	}

}
