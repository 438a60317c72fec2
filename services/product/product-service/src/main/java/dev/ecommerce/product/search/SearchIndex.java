package dev.ecommerce.product.search;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps what search reads from a product in step with the product: the names of its
 * category tree, its price range, its attribute values and whether it is in stock. Called
 * in the transaction of every change that affects them, so that search never sees a
 * half-updated product.
 */
@Component
public class SearchIndex {

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Refreshes products after they, their variants or their stock changed.
	 * @param productIds the products
	 */
	public void refreshProducts(Collection<UUID> productIds) {
		if (productIds.isEmpty()) {
			return;
		}
		this.jdbc.sql("SELECT refresh_product_search(?::uuid[])").param(ids(productIds)).query((rs, row) -> row).list();
	}

	/**
	 * Refreshes the products listed in categories that were renamed or moved.
	 * @param categoryIds the categories
	 */
	public void refreshCategories(Collection<UUID> categoryIds) {
		if (categoryIds.isEmpty()) {
			return;
		}
		this.jdbc.sql("SELECT refresh_product_search(array_agg(id)) FROM product WHERE category_id = ANY (?::uuid[])")
			.param(ids(categoryIds))
			.query((rs, row) -> row)
			.list();
	}

	/**
	 * Refreshes the products that have one of the given SKUs, after their stock changed.
	 * @param skus the SKUs
	 */
	public void refreshSkus(Collection<String> skus) {
		if (skus.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				SELECT refresh_product_search(array_agg(DISTINCT product_id))
				FROM product_variant WHERE sku = ANY (?)""")
			.param(skus.toArray(String[]::new))
			.query((rs, row) -> row)
			.list();
	}

	private static String[] ids(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).toArray(String[]::new);
	}

}
