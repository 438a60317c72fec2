package dev.ecommerce.cart.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cached SKUs, in table {@code catalog_sku}.
 */
@Repository
class CatalogRows {

	private static final String COLUMNS = "sku, product_id, seller_id, name, price, currency, sellable, product_version, available, price_refreshed_at, stock_refreshed_at";

	private final JdbcClient jdbc;

	CatalogRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CatalogSku> find(String sku) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM catalog_sku WHERE sku = ?")
			.param(sku)
			.query(CatalogRows::map)
			.optional();
	}

	List<CatalogSku> findAll(Collection<String> skus) {
		if (skus.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM catalog_sku WHERE sku = ANY (?)")
			.param(skus.toArray(String[]::new))
			.query(CatalogRows::map)
			.list();
	}

	/**
	 * Records a SKU's product data, unless a later version of the product was recorded.
	 */
	void saveProduct(String sku, UUID productId, UUID sellerId, String name, Money price, boolean sellable,
			long version, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO catalog_sku (sku, product_id, seller_id, name, price, currency, sellable, product_version,
					price_refreshed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (sku) DO UPDATE SET product_id = excluded.product_id, seller_id = excluded.seller_id,
					name = excluded.name, price = excluded.price, currency = excluded.currency, sellable = excluded.sellable,
					product_version = excluded.product_version, price_refreshed_at = excluded.price_refreshed_at
					WHERE catalog_sku.product_id <> excluded.product_id
					OR catalog_sku.product_version <= excluded.product_version""")
			.params(sku, productId, sellerId, name, price.amount(), price.currency(), sellable, version,
					at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Marks a product's SKUs as no longer sold, unless a later version was recorded. */
	void archive(UUID productId, Collection<String> skus, long version) {
		this.jdbc.sql("""
				UPDATE catalog_sku SET sellable = false, product_version = ?
				WHERE product_id = ? AND sku = ANY (?) AND product_version <= ?""")
			.params(version, productId, skus.toArray(String[]::new), version)
			.update();
	}

	/** Marks a SKU the product service no longer knows as not sold. */
	void markUnsold(String sku) {
		this.jdbc.sql("UPDATE catalog_sku SET sellable = false WHERE sku = ?").param(sku).update();
	}

	/** Records what can be promised of a SKU, unless a later reading was recorded. */
	void saveStock(String sku, int available, Instant at) {
		this.jdbc.sql("""
				UPDATE catalog_sku SET available = ?, stock_refreshed_at = ?
				WHERE sku = ? AND (stock_refreshed_at IS NULL OR stock_refreshed_at <= ?)""")
			.params(available, at.atOffset(ZoneOffset.UTC), sku, at.atOffset(ZoneOffset.UTC))
			.update();
	}

	private static CatalogSku map(ResultSet rs, int row) throws SQLException {
		Integer available = (Integer) rs.getObject("available");
		return new CatalogSku(rs.getString("sku"), rs.getObject("product_id", UUID.class),
				rs.getObject("seller_id", UUID.class), rs.getString("name"),
				Money.of(rs.getLong("price"), rs.getString("currency")), rs.getBoolean("sellable"),
				rs.getLong("product_version"), available, rs.getTimestamp("price_refreshed_at").toInstant(),
				instant(rs.getTimestamp("stock_refreshed_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
