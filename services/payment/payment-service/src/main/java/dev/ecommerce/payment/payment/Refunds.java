package dev.ecommerce.payment.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.payment.api.RefundStatus;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.ecommerce.payment.payment.Payments.utc;

/** The refunds table. */
@Repository
class Refunds {

	private static final String REFUND = """
			SELECT id, payment_id, amount, currency, reason, status, gateway_reference, failure_code, created_at
			FROM refund\s""";

	private final JdbcClient jdbc;

	Refunds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Refund refund, String requestKey) {
		this.jdbc
			.sql("""
					INSERT INTO refund (id, payment_id, request_key, amount, currency, reason, status, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, 'PROCESSING', ?, ?)""")
			.params(refund.id(), refund.paymentId(), requestKey, refund.amount().amount(), refund.amount().currency(),
					refund.reason(), utc(refund.createdAt()), utc(refund.createdAt()))
			.update();
	}

	Optional<Refund> findByRequestKey(String requestKey) {
		return this.jdbc.sql(REFUND + "WHERE request_key = ?").param(requestKey).query(this::map).optional();
	}

	Optional<Refund> find(UUID paymentId, UUID id) {
		return this.jdbc.sql(REFUND + "WHERE payment_id = ? AND id = ?")
			.params(paymentId, id)
			.query(this::map)
			.optional();
	}

	Optional<Refund> lock(UUID id) {
		return this.jdbc.sql(REFUND + "WHERE id = ? FOR UPDATE").param(id).query(this::map).optional();
	}

	List<Refund> ofPayment(UUID paymentId) {
		return this.jdbc.sql(REFUND + "WHERE payment_id = ? ORDER BY created_at, id")
			.param(paymentId)
			.query(this::map)
			.list();
	}

	/** What the payment's refunds hold: those given back and those under way. */
	long held(UUID paymentId) {
		return this.jdbc.sql(
				"SELECT coalesce(sum(amount), 0) FROM refund WHERE payment_id = ? AND status IN ('PROCESSING', 'SUCCEEDED')")
			.param(paymentId)
			.query(Long.class)
			.single();
	}

	/** What the payment's refunds have given back. */
	long refunded(UUID paymentId) {
		return this.jdbc
			.sql("SELECT coalesce(sum(amount), 0) FROM refund WHERE payment_id = ? AND status = 'SUCCEEDED'")
			.param(paymentId)
			.query(Long.class)
			.single();
	}

	void settle(UUID id, RefundStatus status, @Nullable String reference, @Nullable String failureCode, Instant now) {
		this.jdbc
			.sql("UPDATE refund SET status = ?, gateway_reference = ?, failure_code = ?, updated_at = ? WHERE id = ?")
			.params(status.name(), reference, failureCode, utc(now), id)
			.update();
	}

	/** Refunds left {@code PROCESSING} since before a moment, leased as payments are. */
	List<Refund> leaseStuck(Instant before, Instant now, int limit) {
		return this.jdbc
			.sql("""
					UPDATE refund SET updated_at = :now
					WHERE id IN (SELECT id FROM refund WHERE status = 'PROCESSING' AND updated_at < :before
					             ORDER BY updated_at LIMIT :limit FOR UPDATE SKIP LOCKED)
					RETURNING id, payment_id, amount, currency, reason, status, gateway_reference, failure_code, created_at""")
			.param("now", utc(now))
			.param("before", utc(before))
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	private Refund map(ResultSet rs, int row) throws SQLException {
		return new Refund(rs.getObject("id", UUID.class), rs.getObject("payment_id", UUID.class),
				Money.of(rs.getLong("amount"), rs.getString("currency")), rs.getString("reason"),
				RefundStatus.valueOf(rs.getString("status")), rs.getString("gateway_reference"),
				rs.getString("failure_code"), rs.getTimestamp("created_at").toInstant());
	}

}
