package dev.ecommerce.order.checkout;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.inventory.api.Allocation;
import dev.ecommerce.order.order.Orders;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The saga's state in the order's row. Facts (what a peer answered) only move forward: a
 * late answer never overwrites a later one. Steps move only from the step expected, so a
 * step whose order was cancelled meanwhile records its facts and changes nothing else.
 */
@Repository
class SagaRows {

	private final JdbcClient jdbc;

	SagaRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes due orders for this worker until {@code leaseUntil}. */
	List<UUID> claimDue(Instant now, Instant leaseUntil, int limit) {
		return this.jdbc.sql("""
				UPDATE orders SET saga_next_at = ? WHERE id IN (SELECT id FROM orders WHERE saga_step <> 'DONE'
				AND saga_next_at <= ? ORDER BY saga_next_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING id""")
			.params(Orders.utc(leaseUntil), Orders.utc(now), limit)
			.query(UUID.class)
			.list();
	}

	/** Takes one order, if it is due and no one else has it. */
	boolean claim(UUID id, Instant now, Instant leaseUntil) {
		return this.jdbc.sql("""
				UPDATE orders SET saga_next_at = ? WHERE id = ? AND saga_step <> 'DONE' AND saga_next_at <= ?""")
			.params(Orders.utc(leaseUntil), id, Orders.utc(now))
			.update() == 1;
	}

	/** Moves the saga on, if it is still at {@code from}; the caller keeps its lease. */
	boolean advance(UUID id, SagaStep from, SagaStep to, Instant nextAt) {
		return this.jdbc.sql("""
				UPDATE orders SET saga_step = ?, saga_attempts = 0, saga_error = NULL, saga_next_at = ?,
				version = version + 1 WHERE id = ? AND saga_step = ?""")
			.params(to.name(), Orders.utc(nextAt), id, from.name())
			.update() == 1;
	}

	/**
	 * Compensation from wherever the saga is (a cancel may come after it ended), due at
	 * {@code nextAt}.
	 */
	void compensate(UUID id, Instant nextAt) {
		this.jdbc.sql("""
				UPDATE orders SET saga_step = 'COMPENSATE', saga_attempts = 0, saga_error = NULL, saga_next_at = ?,
				version = version + 1 WHERE id = ?""").params(Orders.utc(nextAt), id).update();
	}

	/** A failed attempt: tried again at {@code nextAt}. */
	int failed(UUID id, SagaStep step, String error, Instant nextAt) {
		this.jdbc.sql("""
				UPDATE orders SET saga_attempts = saga_attempts + 1, saga_error = ?, saga_next_at = ?
				WHERE id = ? AND saga_step = ?""")
			.params(error.length() > 500 ? error.substring(0, 500) : error, Orders.utc(nextAt), id, step.name())
			.update();
		return this.jdbc.sql("SELECT saga_attempts FROM orders WHERE id = ?").param(id).query(Integer.class).single();
	}

	/**
	 * Records that the peer is about to be asked, before it is: compensation then knows
	 * to find out what it did. Nothing is asked if the saga has moved on.
	 */
	boolean reservationRequested(UUID id) {
		return this.jdbc
			.sql("""
					UPDATE orders SET reservation_state = coalesce(reservation_state, 'REQUESTED') WHERE id = ? AND saga_step = 'RESERVE_STOCK'""")
			.param(id)
			.update() == 1;
	}

	/** What the inventory answered: a later state wins over an earlier one. */
	void reservation(UUID id, String state, @Nullable UUID reservationId, List<Allocation> allocations) {
		this.jdbc.sql("""
				UPDATE orders SET reservation_state = :state, reservation_id = coalesce(:rid, reservation_id)
				WHERE id = :id AND (reservation_state IS NULL OR reservation_state = 'REQUESTED'
				OR (reservation_state = 'HELD' AND :state IN ('COMMITTED', 'RELEASED'))
				OR (reservation_state = 'COMMITTED' AND :state = 'RESTOCKED'))""")
			.param("state", state)
			.param("rid", reservationId)
			.param("id", id)
			.update();
		for (Allocation allocation : allocations) {
			this.jdbc.sql("""
					INSERT INTO order_allocation (order_id, sku, store_id, quantity) VALUES (?, ?, ?, ?)
					ON CONFLICT DO NOTHING""")
				.params(id, allocation.sku(), allocation.storeId(), allocation.quantity())
				.update();
		}
	}

	List<Allocation> allocations(UUID id) {
		return this.jdbc.sql("SELECT sku, store_id, quantity FROM order_allocation WHERE order_id = ? ORDER BY sku")
			.param(id)
			.query((rs, row) -> new Allocation(rs.getString("sku"), rs.getObject("store_id", UUID.class),
					rs.getInt("quantity")))
			.list();
	}

	boolean paymentRequested(UUID id) {
		return this.jdbc
			.sql("""
					UPDATE orders SET payment_status = coalesce(payment_status, 'REQUESTED') WHERE id = ? AND saga_step = 'TAKE_PAYMENT'""")
			.param(id)
			.update() == 1;
	}

	/** The payment's outcome, once; the payment method's token is forgotten then. */
	void payment(UUID id, @Nullable UUID paymentId, String status, @Nullable String failureCode) {
		this.jdbc.sql("""
				UPDATE orders SET payment_status = ?, payment_id = ?, failure_code = ?, payment_token = NULL
				WHERE id = ? AND (payment_status IS NULL OR payment_status = 'REQUESTED')""")
			.params(status, paymentId, failureCode, id)
			.update();
	}

	/** A refund of the order's payment: refunded never exceeds the total. */
	boolean refunded(UUID id, UUID refundId, long amount) {
		return this.jdbc.sql("""
				UPDATE orders SET refund_id = ?, refunded = refunded + ?, version = version + 1
				WHERE id = ? AND (refund_id IS NULL OR refund_id <> ?)""")
			.params(refundId, amount, id, refundId)
			.update() == 1;
	}

	boolean shipmentRequested(UUID id) {
		return this.jdbc
			.sql("""
					UPDATE orders SET shipment_state = coalesce(shipment_state, 'REQUESTED') WHERE id = ? AND saga_step = 'CREATE_SHIPMENT'""")
			.param(id)
			.update() == 1;
	}

	void shipment(UUID id, UUID shipmentId, @Nullable String trackingNumber, @Nullable String status) {
		this.jdbc.sql("""
				UPDATE orders SET shipment_state = 'CREATED', shipment_id = ?,
				tracking_number = coalesce(tracking_number, ?), shipment_status = coalesce(shipment_status, ?),
				version = version + 1 WHERE id = ? AND (shipment_state IS NULL OR shipment_state = 'REQUESTED')""")
			.params(shipmentId, trackingNumber, status, id)
			.update();
	}

	void shipmentVoided(UUID id) {
		this.jdbc.sql("UPDATE orders SET shipment_state = 'VOIDED' WHERE id = ?").param(id).update();
	}

}
