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
		int[] threshold = new int[1];
		StockLevelChanged change = this.jdbc
			.sql("""
					SELECT l.on_hand, l.reserved, l.low_stock_threshold,
					(SELECT least(coalesce(sum(t.on_hand - t.reserved), 0), 2147483647) FROM stock_level t JOIN store s ON s.id = t.store_id
					WHERE t.sku = l.sku AND s.active) AS total
					FROM stock_level l WHERE l.store_id = ? AND l.sku = ?""")
			.params(storeId, sku)
			.query((rs, row) -> {
				threshold[0] = rs.getInt("low_stock_threshold");
				return new StockLevelChanged(sku, storeId, rs.getInt("on_hand"), rs.getInt("reserved"),
						rs.getInt("on_hand") - rs.getInt("reserved"), rs.getInt("total"), now);
			})
			.single();
		this.outbox.publish(StockLevelChanged.TYPE, sku, change);
		this.alerts.check(storeId, sku, change.available(), threshold[0], now);
	}

	/**
	 * Announces a level whose units were just held for an order, from the figures the
	 * conditional update returned under the SKU's item lock, without reading it again.
	 * Its available units only fell, and an alert is open only while they are at or below
	 * the threshold, so there is no alert to close: the alerts are looked at only if the
	 * level is now low.
	 * @param storeId the store
	 * @param sku the SKU
	 * @param onHand the units on hand
	 * @param reserved the units reserved, those just held included
	 * @param totalAvailable the units all active stores can promise now
	 * @param threshold the level's low-stock threshold
	 */
	public void held(UUID storeId, String sku, int onHand, int reserved, int totalAvailable, int threshold) {
		Instant now = this.clock.instant();
		StockLevelChanged change = new StockLevelChanged(sku, storeId, onHand, reserved, onHand - reserved,
				totalAvailable, now);
		this.outbox.publish(StockLevelChanged.TYPE, sku, change);
		if (LowStockAlerts.low(change.available(), threshold)) {
			this.alerts.check(storeId, sku, change.available(), threshold, now);
		}
	}

}
