package dev.ecommerce.inventory.stock;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.inventory.api.MovementKind;
import dev.ecommerce.inventory.api.StockLevelResponse;
import dev.ecommerce.inventory.api.StockMovementResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stock tables: items (one lock per SKU), levels per store and SKU, and the ledger of
 * movements.
 */
@Repository
public class StockRows {

	private static final String LEVEL = "SELECT store_id, sku, on_hand, reserved, on_hand - reserved AS available, low_stock_threshold, version FROM stock_level ";

	private final JdbcClient jdbc;

	StockRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the items of SKUs until the transaction ends, in the order of their SKUs, so
	 * that two transactions never wait for each other in a circle.
	 * @param skus the SKUs, in any order
	 * @param create whether to create the items of SKUs that have none
	 * @return the SKUs that have an item, sorted
	 */
	public List<String> lockItems(List<String> skus, boolean create) {
		String[] sorted = skus.stream().distinct().sorted().toArray(String[]::new);
		if (create) {
			this.jdbc.sql("INSERT INTO stock_item (sku) SELECT unnest(?::text[]) ORDER BY 1 ON CONFLICT DO NOTHING")
				.param(sorted)
				.update();
		}
		return this.jdbc.sql("SELECT sku FROM stock_item WHERE sku = ANY (?) ORDER BY sku FOR UPDATE")
			.param(sorted)
			.query(String.class)
			.list();
	}

	/** Whether a store exists; locks it against deletion until the transaction ends. */
	boolean lockStore(UUID storeId) {
		return this.jdbc.sql("SELECT id FROM store WHERE id = ? FOR SHARE")
			.param(storeId)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	boolean storeExists(UUID storeId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM store WHERE id = ?)")
			.param(storeId)
			.query(Boolean.class)
			.single();
	}

	Optional<StockLevelResponse> level(UUID storeId, String sku) {
		return this.jdbc.sql(LEVEL + "WHERE store_id = ? AND sku = ?")
			.params(storeId, sku)
			.query(StockRows::map)
			.optional();
	}

	List<StockLevelResponse> levels(UUID storeId, @Nullable UUID sellerId, int limit, long offset) {
		return this.jdbc
			.sql(LEVEL + "WHERE store_id = :store AND (CAST(:seller AS uuid) IS NULL OR sku IN "
					+ "(SELECT sku FROM sku_owner WHERE seller_id = :seller)) ORDER BY sku LIMIT :limit OFFSET :offset")
			.param("store", storeId)
			.param("seller", sellerId)
			.param("limit", limit)
			.param("offset", offset)
			.query(StockRows::map)
			.list();
	}

	long countLevels(UUID storeId, @Nullable UUID sellerId) {
		return this.jdbc
			.sql("SELECT count(*) FROM stock_level WHERE store_id = :store AND (CAST(:seller AS uuid) IS NULL "
					+ "OR sku IN (SELECT sku FROM sku_owner WHERE seller_id = :seller))")
			.param("store", storeId)
			.param("seller", sellerId)
			.query(Long.class)
			.single();
	}

	List<StockMovementResponse> movements(UUID storeId, String sku, int limit, long offset) {
		return this.jdbc.sql("""
				SELECT id, kind, quantity, on_hand_after, actor, note, reservation_id, at FROM stock_movement
				WHERE store_id = :store AND sku = :sku ORDER BY at DESC, id LIMIT :limit OFFSET :offset""")
			.param("store", storeId)
			.param("sku", sku)
			.param("limit", limit)
			.param("offset", offset)
			.query((row, number) -> new StockMovementResponse(row.getObject("id", UUID.class),
					MovementKind.valueOf(row.getString("kind")), row.getInt("quantity"), row.getInt("on_hand_after"),
					row.getString("actor"), row.getString("note"), row.getObject("reservation_id", UUID.class),
					row.getObject("at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	long countMovements(UUID storeId, String sku) {
		return this.jdbc.sql("SELECT count(*) FROM stock_movement WHERE store_id = :store AND sku = :sku")
			.param("store", storeId)
			.param("sku", sku)
			.query(Long.class)
			.single();
	}

	void insertLevel(UUID storeId, String sku, int onHand, int threshold, Instant now) {
		this.jdbc.sql("""
				INSERT INTO stock_level (store_id, sku, on_hand, reserved, low_stock_threshold, version, updated_at)
				VALUES (?, ?, ?, 0, ?, 1, ?)""")
			.params(storeId, sku, onHand, threshold, now.atOffset(ZoneOffset.UTC))
			.update();
	}

	void updateLevel(UUID storeId, String sku, int onHand, int threshold, Instant now) {
		this.jdbc.sql("""
				UPDATE stock_level SET on_hand = ?, low_stock_threshold = ?, version = version + 1, updated_at = ?
				WHERE store_id = ? AND sku = ?""")
			.params(onHand, threshold, now.atOffset(ZoneOffset.UTC), storeId, sku)
			.update();
	}

	/**
	 * Records a change of on-hand in the ledger.
	 * @param reservationId the reservation whose commit took the stock, if any
	 */
	public void recordMovement(UUID storeId, String sku, MovementKind kind, int quantity, int onHandAfter, String actor,
			@Nullable String note, @Nullable UUID reservationId, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO stock_movement (id, store_id, sku, kind, quantity, on_hand_after, actor, note, reservation_id, at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), storeId, sku, kind.name(), quantity, onHandAfter, actor, note, reservationId,
					at.atOffset(ZoneOffset.UTC))
			.update();
	}

	private static StockLevelResponse map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StockLevelResponse(rs.getObject("store_id", UUID.class), rs.getString("sku"), rs.getInt("on_hand"),
				rs.getInt("reserved"), rs.getInt("available"), rs.getInt("low_stock_threshold"), rs.getLong("version"));
	}

}
