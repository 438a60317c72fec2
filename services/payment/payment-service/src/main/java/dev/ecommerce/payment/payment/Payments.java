package dev.ecommerce.payment.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.payment.api.PaymentStatus;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payments table. */
@Repository
class Payments {

	private static final String PAYMENT = """
			SELECT id, order_id, user_id, amount, currency, gateway, payment_method_token, status, gateway_reference,
			       failure_code, retryable, next_action_url, created_at, updated_at
			FROM payment\s""";

	private final JdbcClient jdbc;

	Payments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a new payment under a request key, unless one is there: a second claim of
	 * the same key waits here until the first commits, then claims nothing.
	 */
	boolean claim(Payment payment, String requestKey) {
		return this.jdbc
			.sql("""
					INSERT INTO payment (id, request_key, order_id, user_id, amount, currency, gateway, payment_method_token,
					                     status, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PROCESSING', ?, ?) ON CONFLICT (request_key) DO NOTHING""")
			.params(payment.id(), requestKey, payment.orderId(), payment.userId(), payment.amount().amount(),
					payment.amount().currency(), payment.gateway(), payment.token(), utc(payment.createdAt()),
					utc(payment.updatedAt()))
			.update() == 1;
	}

	Optional<Payment> findByRequestKey(String requestKey) {
		return this.jdbc.sql(PAYMENT + "WHERE request_key = ?").param(requestKey).query(this::map).optional();
	}

	Optional<Payment> find(UUID id) {
		return this.jdbc.sql(PAYMENT + "WHERE id = ?").param(id).query(this::map).optional();
	}

	/** The payment, locked until the transaction ends. */
	Optional<Payment> lock(UUID id) {
		return this.jdbc.sql(PAYMENT + "WHERE id = ? FOR UPDATE").param(id).query(this::map).optional();
	}

	Optional<UUID> findIdByReference(String gateway, String reference) {
		return this.jdbc.sql("SELECT id FROM payment WHERE gateway = ? AND gateway_reference = ?")
			.params(gateway, reference)
			.query(UUID.class)
			.optional();
	}

	/**
	 * An order's payments, oldest first.
	 * @param userId only this user's, or everyone's when {@code null}
	 */
	List<Payment> findByOrder(UUID orderId, @Nullable UUID userId, int offset, int limit) {
		return this.jdbc.sql(PAYMENT + """
				WHERE order_id = :order AND (CAST(:user AS uuid) IS NULL OR user_id = :user)
				ORDER BY created_at, id OFFSET :offset LIMIT :limit""")
			.param("order", orderId)
			.param("user", userId)
			.param("offset", offset)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	long countByOrder(UUID orderId, @Nullable UUID userId) {
		return this.jdbc.sql(
				"SELECT count(*) FROM payment WHERE order_id = :order AND (CAST(:user AS uuid) IS NULL OR user_id = :user)")
			.param("order", orderId)
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	void update(Payment payment) {
		this.jdbc
			.sql("""
					UPDATE payment SET status = ?, gateway_reference = ?, failure_code = ?, retryable = ?, next_action_url = ?,
					                   updated_at = ?
					WHERE id = ?""")
			.params(payment.status().name(), payment.gatewayReference(), payment.failureCode(), payment.retryable(),
					payment.nextActionUrl(), utc(payment.updatedAt()), payment.id())
			.update();
	}

	/**
	 * Takes the payments left {@code PROCESSING} since before a moment, for this instance
	 * to reconcile: each is touched so that no other instance takes it for a while, and
	 * one that another instance holds is skipped.
	 */
	List<Payment> leaseStuck(Instant before, Instant now, int limit) {
		return this.jdbc.sql("""
				UPDATE payment SET updated_at = :now
				WHERE id IN (SELECT id FROM payment WHERE status = 'PROCESSING' AND updated_at < :before
				             ORDER BY updated_at LIMIT :limit FOR UPDATE SKIP LOCKED)
				RETURNING id, order_id, user_id, amount, currency, gateway, payment_method_token, status,
				          gateway_reference, failure_code, retryable, next_action_url, created_at, updated_at""")
			.param("now", utc(now))
			.param("before", utc(before))
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	private Payment map(ResultSet rs, int row) throws SQLException {
		return new Payment(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
				rs.getObject("user_id", UUID.class), Money.of(rs.getLong("amount"), rs.getString("currency")),
				rs.getString("gateway"), rs.getString("payment_method_token"),
				PaymentStatus.valueOf(rs.getString("status")), rs.getString("gateway_reference"),
				rs.getString("failure_code"), rs.getBoolean("retryable"), rs.getString("next_action_url"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	static Object utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
