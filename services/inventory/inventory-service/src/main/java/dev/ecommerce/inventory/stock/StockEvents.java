package dev.ecommerce.inventory.stock;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.inventory.api.StockLevelChanged;
import dev.ecommerce.platform.events.outbox.Outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link StockLevelChanged} through the outbox, keyed by the SKU, in the
 * transaction of the change. The caller holds the SKU's item lock, so the total across
 * stores is exact and one SKU's events leave in the order of its changes. Opens and
 * closes low-stock alerts as the stock moves.
 */
@Component
public class StockEvents {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final LowStockAlerts alerts;

	private final Clock clock;

	StockEvents(JdbcClient jdbc, Outbox outbox, LowStockAlerts alerts, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.alerts = alerts;
		this.clock = clock;
	}

	/**
	 * Announces the stock of a SKU in a store as it is now in this transaction.
	 * @param storeId the store
	 * @param sku the SKU
	 */
	public void changed(UUID storeId, String sku) {
		Instant now = this.clock.instant();
		StockLevelChanged change = this.jdbc
			.sql("""
					SELECT l.on_hand, l.reserved,
					(SELECT least(coalesce(sum(t.on_hand - t.reserved), 0), 2147483647) FROM stock_level t JOIN store s ON s.id = t.store_id
					WHERE t.sku = l.sku AND s.active) AS total
					FROM stock_level l WHERE l.store_id = ? AND l.sku = ?""")
			.params(storeId, sku)
			.query((rs, row) -> new StockLevelChanged(sku, storeId, rs.getInt("on_hand"), rs.getInt("reserved"),
					rs.getInt("on_hand") - rs.getInt("reserved"), rs.getInt("total"), now))
			.single();
		this.outbox.publish(StockLevelChanged.TYPE, sku, change);
		int threshold = this.jdbc.sql("SELECT low_stock_threshold FROM stock_level WHERE store_id = ? AND sku = ?")
			.params(storeId, sku)
			.query(Integer.class)
			.single();
		this.alerts.check(storeId, sku, change.available(), threshold, now);
	}

}
