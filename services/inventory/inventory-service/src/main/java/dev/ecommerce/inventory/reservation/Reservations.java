package dev.ecommerce.inventory.reservation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.inventory.api.Allocation;
import dev.ecommerce.inventory.api.ReservationStatus;
import dev.ecommerce.inventory.api.StoreType;
import dev.ecommerce.inventory.reservation.StockAllocation.Candidate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reservations and their allocations, and the conditional updates of the stock they
 * hold.
 */
@Repository
class Reservations {

	private static final String RESERVATION = "SELECT id, order_id, status, expires_at FROM reservation ";

	private final JdbcClient jdbc;

	Reservations(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
	 * The stock of the SKUs in active stores that has units to promise, locked in the
	 * order of store and SKU.
	 */
	List<Candidate> lockAvailable(List<String> skus) {
		return this.jdbc.sql("""
				SELECT l.store_id, s.code, s.type, l.sku, l.on_hand - l.reserved AS available
				FROM stock_level l JOIN store s ON s.id = l.store_id
				WHERE l.sku = ANY (?) AND s.active AND l.on_hand > l.reserved
				ORDER BY l.store_id, l.sku FOR UPDATE OF l""")
			.param(skus.toArray(String[]::new))
			.query((rs, row) -> new Candidate(rs.getObject("store_id", UUID.class), rs.getString("code"),
					StoreType.valueOf(rs.getString("type")), rs.getString("sku"), rs.getInt("available")))
			.list();
	}

	void hold(UUID reservationId, Allocation allocation, Instant now) {
		change(allocation, "reserved = reserved + :quantity", "on_hand - reserved >= :quantity", now);
		this.jdbc
			.sql("INSERT INTO reservation_allocation (reservation_id, sku, store_id, quantity) VALUES (?, ?, ?, ?)")
			.params(reservationId, allocation.sku(), allocation.storeId(), allocation.quantity())
			.update();
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
				"SELECT sku, store_id, quantity FROM reservation_allocation WHERE reservation_id = ? ORDER BY sku, store_id")
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
