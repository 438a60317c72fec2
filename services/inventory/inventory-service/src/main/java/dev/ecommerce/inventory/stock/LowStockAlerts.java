package dev.ecommerce.inventory.stock;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.inventory.api.LowStockAlertResponse;
import dev.ecommerce.inventory.api.LowStockDetected;
import dev.ecommerce.platform.events.outbox.Outbox;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens an alert once when what a store can promise of a SKU falls to or below the
 * level's threshold, and closes it when restocking lifts it above. A threshold of 0 asks
 * for no alerts. Called in the transaction of each change, under the SKU's item lock, so
 * an alert opens once however many sales follow.
 */
@Component
class LowStockAlerts {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	LowStockAlerts(JdbcClient jdbc, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	/**
	 * Whether a level with these available units is low: a threshold of 0 asks for no
	 * alerts.
	 */
	static boolean low(int available, int threshold) {
		return threshold > 0 && available <= threshold;
	}

	void check(UUID storeId, String sku, int available, int threshold, Instant now) {
		if (!low(available, threshold)) {
			this.jdbc
				.sql("UPDATE low_stock_alert SET closed_at = ? WHERE store_id = ? AND sku = ? AND closed_at IS NULL")
				.params(now.atOffset(ZoneOffset.UTC), storeId, sku)
				.update();
			return;
		}
		UUID id = UUID.randomUUID();
		int opened = this.jdbc.sql("""
				INSERT INTO low_stock_alert (id, store_id, sku, available, threshold, opened_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (store_id, sku) WHERE closed_at IS NULL DO NOTHING""")
			.params(id, storeId, sku, available, threshold, now.atOffset(ZoneOffset.UTC))
			.update();
		if (opened == 1) {
			UUID seller = this.jdbc.sql("SELECT seller_id FROM sku_owner WHERE sku = ?")
				.param(sku)
				.query(UUID.class)
				.optional()
				.orElse(null);
			this.outbox.publish(LowStockDetected.TYPE, sku,
					new LowStockDetected(id, storeId, sku, seller, available, threshold, now));
		}
	}

	List<LowStockAlertResponse> open(@Nullable UUID sellerId, int limit, long offset) {
		return this.jdbc.sql("""
				SELECT id, store_id, sku, available, threshold, opened_at FROM low_stock_alert
				WHERE closed_at IS NULL AND (CAST(:seller AS uuid) IS NULL
				OR sku IN (SELECT sku FROM sku_owner WHERE seller_id = :seller))
				ORDER BY opened_at DESC, id LIMIT :limit OFFSET :offset""")
			.param("seller", sellerId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new LowStockAlertResponse(rs.getObject("id", UUID.class),
					rs.getObject("store_id", UUID.class), rs.getString("sku"), rs.getInt("available"),
					rs.getInt("threshold"), rs.getTimestamp("opened_at").toInstant()))
			.list();
	}

	long countOpen(@Nullable UUID sellerId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM low_stock_alert WHERE closed_at IS NULL AND (CAST(:seller AS uuid) IS NULL
				OR sku IN (SELECT sku FROM sku_owner WHERE seller_id = :seller))""")
			.param("seller", sellerId)
			.query(Long.class)
			.single();
	}

}
