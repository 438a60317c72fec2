package dev.ecommerce.cart.coupon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.cart.api.CouponType;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The coupons, in table {@code coupon}, and their uses, in {@code coupon_use}.
 */
@Repository
class Coupons {

	private static final String COLUMNS = "code, type, value, currency, min_subtotal, valid_from, valid_until, usage_limit, version, created_at, updated_at";

	private final JdbcClient jdbc;

	Coupons(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Coupon> find(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM coupon WHERE code = ?")
			.param(code)
			.query(Coupons::map)
			.optional();
	}

	Optional<Coupon> lock(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM coupon WHERE code = ? FOR UPDATE")
			.param(code)
			.query(Coupons::map)
			.optional();
	}

	List<Coupon> page(String orderBy, int limit, long offset) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM coupon ORDER BY " + orderBy + ", code LIMIT ? OFFSET ?")
			.params(limit, offset)
			.query(Coupons::map)
			.list();
	}

	long count() {
		return this.jdbc.sql("SELECT count(*) FROM coupon").query(Long.class).single();
	}

	/** Inserts a coupon; {@code false} when the code is taken. */
	boolean insert(Coupon coupon) {
		return this.jdbc
			.sql("INSERT INTO coupon (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
					+ "ON CONFLICT (code) DO NOTHING")
			.params(coupon.code(), coupon.type().name(), coupon.value(), coupon.currency(), coupon.minSubtotal(),
					utc(coupon.validFrom()), utc(coupon.validUntil()), coupon.usageLimit(), coupon.version(),
					utc(coupon.createdAt()), utc(coupon.updatedAt()))
			.update() == 1;
	}

	void update(Coupon coupon) {
		this.jdbc.sql("""
				UPDATE coupon SET type = ?, value = ?, currency = ?, min_subtotal = ?, valid_from = ?, valid_until = ?,
				usage_limit = ?, version = ?, updated_at = ? WHERE code = ?""")
			.params(coupon.type().name(), coupon.value(), coupon.currency(), coupon.minSubtotal(),
					utc(coupon.validFrom()), utc(coupon.validUntil()), coupon.usageLimit(), coupon.version(),
					utc(coupon.updatedAt()), coupon.code())
			.update();
	}

	void delete(String code) {
		this.jdbc.sql("DELETE FROM coupon WHERE code = ?").param(code).update();
	}

	/** Orders holding the coupon now, not counting one order. */
	int activeHolds(String code, Instant now, UUID exceptOrder) {
		return this.jdbc.sql("SELECT count(*) FROM coupon_hold WHERE code = ? AND expires_at > ? AND order_id <> ?")
			.params(code, utc(now), exceptOrder)
			.query(Integer.class)
			.single();
	}

	void hold(UUID orderId, String code, Instant expiresAt) {
		this.jdbc.sql("""
				INSERT INTO coupon_hold (order_id, code, expires_at) VALUES (?, ?, ?)
				ON CONFLICT (order_id) DO UPDATE SET code = excluded.code, expires_at = excluded.expires_at""")
			.params(orderId, code, utc(expiresAt))
			.update();
	}

	void release(UUID orderId) {
		this.jdbc.sql("DELETE FROM coupon_hold WHERE order_id = ?").param(orderId).update();
	}

	/** Whether an order's use was counted already. */
	boolean used(UUID orderId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM coupon_use WHERE order_id = ?)")
			.param(orderId)
			.query(Boolean.class)
			.single();
	}

	int timesUsed(String code) {
		return this.jdbc.sql("SELECT count(*) FROM coupon_use WHERE code = ?")
			.param(code)
			.query(Integer.class)
			.single();
	}

	/** Records an order's use of a coupon; a repeat for the same order counts once. */
	void recordUse(UUID orderId, String code, Instant at) {
		release(orderId);
		this.jdbc.sql("INSERT INTO coupon_use (order_id, code, used_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(orderId, code, utc(at))
			.update();
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Coupon map(ResultSet rs, int row) throws SQLException {
		return new Coupon(rs.getString("code"), CouponType.valueOf(rs.getString("type")), rs.getLong("value"),
				rs.getString("currency"), (Long) rs.getObject("min_subtotal"), instant(rs.getTimestamp("valid_from")),
				instant(rs.getTimestamp("valid_until")), (Integer) rs.getObject("usage_limit"), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
