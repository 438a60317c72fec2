package dev.ecommerce.inventory.reservation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.inventory.api.Allocation;
import dev.ecommerce.inventory.api.ReservationStatus;
import dev.ecommerce.inventory.api.StoreType;
import dev.ecommerce.inventory.reservation.StockAllocation.Candidate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reservations and their allocations, and the conditional updates of the stock they
 * hold.
 */
@Repository
class Reservations {

	private static final String RESERVATION = "SELECT id, order_id, status, expires_at FROM reservation ";

	/**
	 * See {@link #hold}: the allocations recorded, the items locked in SKU order, then
	 * the levels updated.
	 */
	private static final String HOLD = """
			INSERT INTO reservation_allocation (reservation_id, sku, store_id, quantity)
			SELECT ?, a.sku, a.store_id, a.quantity FROM unnest(?::text[], ?::uuid[], ?::int[]) AS a (sku, store_id, quantity);
			SELECT sku FROM stock_item WHERE sku = ANY (?) ORDER BY sku FOR UPDATE;
			WITH before AS (
				SELECT t.sku, coalesce(sum(t.on_hand - t.reserved), 0) AS total_before
				FROM stock_level t JOIN store s ON s.id = t.store_id
				WHERE t.sku = ANY (?) AND s.active GROUP BY t.sku),
			held AS (
				UPDATE stock_level l SET reserved = l.reserved + h.quantity, version = l.version + 1, updated_at = ?
				FROM unnest(?::text[], ?::uuid[], ?::int[]) AS h (sku, store_id, quantity)
				WHERE l.store_id = h.store_id AND l.sku = h.sku AND l.on_hand - l.reserved >= h.quantity
				AND EXISTS (SELECT 1 FROM store s WHERE s.id = l.store_id AND s.active)
				RETURNING l.store_id, l.sku, l.on_hand, l.reserved, l.low_stock_threshold)
			SELECT held.*, before.total_before FROM held JOIN before ON before.sku = held.sku""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	Reservations(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * Claims an order id: a second claim of the same order waits here until the first
	 * commits (and then claims nothing) or rolls back (and then claims it).
	 */
	boolean claim(UUID id, UUID orderId, Instant expiresAt, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO reservation (id, order_id, status, expires_at, created_at, updated_at)
				VALUES (?, ?, 'HELD', ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""")
			.params(id, orderId, utc(expiresAt), utc(now), utc(now))
			.update() == 1;
	}

	Optional<Reservation> findByOrderId(UUID orderId) {
		return this.jdbc.sql(RESERVATION + "WHERE order_id = ?").param(orderId).query(this::map).optional();
	}

	Optional<Reservation> find(UUID id) {
		return this.jdbc.sql(RESERVATION + "WHERE id = ?").param(id).query(this::map).optional();
	}

	/** The reservation, locked until the transaction ends. */
	Optional<Reservation> lock(UUID id) {
		return this.jdbc.sql(RESERVATION + "WHERE id = ? FOR UPDATE").param(id).query(this::map).optional();
	}

	/**
	 * A held reservation whose time is up, locked; one that another instance is expiring
	 * is skipped, so that each is expired once.
	 */
	Optional<Reservation> lockNextDue(Instant now) {
		return this.jdbc.sql(RESERVATION + """
				WHERE status = 'HELD' AND expires_at <= ? ORDER BY expires_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
			.param(utc(now))
			.query(this::map)
			.optional();
	}

	/**
	 * The stock of the SKUs in active stores that has units to promise, as last
	 * committed: nothing is locked, so it may have changed by the time the units are
	 * held.
	 */
	List<Candidate> available(List<String> skus) {
		return this.jdbc.sql("""
				SELECT l.store_id, s.code, s.type, l.sku, l.on_hand - l.reserved AS available
				FROM stock_level l JOIN store s ON s.id = l.store_id
				WHERE l.sku = ANY (?) AND s.active AND l.on_hand > l.reserved
				ORDER BY l.store_id, l.sku""")
			.param(skus.toArray(String[]::new))
			.query((rs, row) -> new Candidate(rs.getObject("store_id", UUID.class), rs.getString("code"),
					StoreType.valueOf(rs.getString("type")), rs.getString("sku"), rs.getInt("available")))
			.list();
	}

	/**
	 * Records which stores hold a reservation's units, then locks the items of their SKUs
	 * in the order of their SKUs and holds the units of every allocation whose store is
	 * active and still has them, with one conditional update. The three statements are
	 * sent in one round trip, so the items stay locked for that round trip and the commit
	 * only. The update runs after the lock is granted, so it sees every change of these
	 * SKUs committed before.
	 * @return the levels that hold their allocation's units, as the update left them;
	 * fewer than the allocations if the stock changed since it was read
	 */
	List<Held> hold(UUID reservationId, List<Allocation> allocations, Instant now) {
		String[] skus = allocations.stream().map(Allocation::sku).toArray(String[]::new);
		String[] stores = allocations.stream()
			.map((allocation) -> allocation.storeId().toString())
			.toArray(String[]::new);
		int[] quantities = allocations.stream().mapToInt(Allocation::quantity).toArray();
		Object[] parameters = { reservationId, skus, stores, quantities, skus, skus, utc(now), skus, stores,
				quantities };
		List<Held> held = this.jdbcTemplate.execute(HOLD, (PreparedStatement statement) -> {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.execute();
			// the allocations' count, the locked items, then the held levels
			statement.getMoreResults();
			if (!statement.getMoreResults()) {
				throw new IllegalStateException("The hold returned no result for the levels");
			}
			List<Held> levels = new ArrayList<>();
			try (ResultSet rows = statement.getResultSet()) {
				while (rows.next()) {
					levels.add(new Held(rows.getObject("store_id", UUID.class), rows.getString("sku"),
							rows.getInt("on_hand"), rows.getInt("reserved"), rows.getInt("low_stock_threshold"),
							rows.getLong("total_before")));
				}
			}
			return levels;
		});
		return (held != null) ? held : List.of();
	}

	/**
	 * A level that holds an allocation's units, as the conditional update left it.
	 *
	 * @param totalBefore the units of its SKU that all active stores could promise before
	 * the update
	 */
	record Held(UUID storeId, String sku, int onHand, int reserved, int lowStockThreshold, long totalBefore) {

	}

	/** Returns held units to what can be promised. */
	void unhold(Allocation allocation, Instant now) {
		change(allocation, "reserved = reserved - :quantity", "reserved >= :quantity", now);
	}

	/**
	 * Takes held units out of the store: they left with the order.
	 * @return the units on hand after
	 */
	int ship(Allocation allocation, Instant now) {
		change(allocation, "reserved = reserved - :quantity, on_hand = on_hand - :quantity", "reserved >= :quantity",
				now);
		return this.jdbc.sql("SELECT on_hand FROM stock_level WHERE store_id = ? AND sku = ?")
			.params(allocation.storeId(), allocation.sku())
			.query(Integer.class)
			.single();
	}

	void setStatus(UUID id, ReservationStatus status, Instant now) {
		this.jdbc.sql("UPDATE reservation SET status = ?, updated_at = ? WHERE id = ?")
			.params(status.name(), utc(now), id)
			.update();
	}

	/**
	 * Changes a level under a condition that the item lock already guarantees: a level
	 * that does not meet it means a bug, and the transaction is rolled back.
	 */
	private void change(Allocation allocation, String set, String condition, Instant now) {
		int updated = this.jdbc
			.sql("UPDATE stock_level SET " + set + ", version = version + 1, updated_at = :now "
					+ "WHERE store_id = :store AND sku = :sku AND " + condition)
			.param("quantity", allocation.quantity())
			.param("now", utc(now))
			.param("store", allocation.storeId())
			.param("sku", allocation.sku())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Stock of " + allocation.sku() + " in store " + allocation.storeId()
					+ " does not allow " + set + " under its lock");
		}
	}

	private Reservation map(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<Allocation> allocations = this.jdbc.sql(
				"SELECT sku, store_id, quantity FROM reservation_allocation WHERE reservation_id = ? ORDER BY sku COLLATE \"C\", store_id")
			.param(id)
			.query((allocation, n) -> new Allocation(allocation.getString("sku"),
					allocation.getObject("store_id", UUID.class), allocation.getInt("quantity")))
			.list();
		return new Reservation(id, rs.getObject("order_id", UUID.class),
				ReservationStatus.valueOf(rs.getString("status")), rs.getTimestamp("expires_at").toInstant(),
				allocations);
	}

	private static Object utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
