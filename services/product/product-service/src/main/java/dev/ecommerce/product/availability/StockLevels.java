package dev.ecommerce.product.availability;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.ecommerce.inventory.api.StockLevelChanged;
import dev.ecommerce.product.search.SearchIndex;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock of each SKU as the inventory service last reported it.
 */
@Component
public class StockLevels {

	private final JdbcClient jdbc;

	private final SearchIndex searchIndex;

	StockLevels(JdbcClient jdbc, SearchIndex searchIndex) {
		this.jdbc = jdbc;
		this.searchIndex = searchIndex;
	}

	/**
	 * The SKUs of those given that are in stock.
	 * @param skus the SKUs to look at
	 * @return those with some unit available
	 */
	@Transactional(readOnly = true)
	public Set<String> inStock(Collection<String> skus) {
		if (skus.isEmpty()) {
			return Set.of();
		}
		List<String> inStock = this.jdbc.sql("SELECT sku FROM stock_level WHERE sku = ANY (?) AND available > 0")
			.param(skus.toArray(String[]::new))
			.query(String.class)
			.list();
		return new HashSet<>(inStock);
	}

	/**
	 * Takes in a change of a SKU's stock, unless a later change was taken in already.
	 * @param change what the inventory service reported
	 * @return whether it changed what is recorded
	 */
	@Transactional
	public boolean record(StockLevelChanged change) {
		int updated = this.jdbc.sql("""
				INSERT INTO stock_level (sku, available, changed_at) VALUES (:sku, :available, :at)
				ON CONFLICT (sku) DO UPDATE SET available = excluded.available, changed_at = excluded.changed_at
				WHERE stock_level.changed_at <= excluded.changed_at""")
			.param("sku", change.sku())
			.param("available", Math.max(change.totalAvailable(), 0))
			.param("at", change.at().atOffset(ZoneOffset.UTC))
			.update();
		if (updated > 0) {
			this.searchIndex.refreshSkus(List.of(change.sku()));
		}
		return updated > 0;
	}

}
