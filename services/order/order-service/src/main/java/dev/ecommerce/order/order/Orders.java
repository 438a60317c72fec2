package dev.ecommerce.order.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.order.api.OrderLine;
import dev.ecommerce.order.api.OrderTotals;
import dev.ecommerce.order.api.ShippingAddress;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The orders, their lines and their status history, in plain SQL. Every change bumps the
 * order's version.
 */
@Repository
public class Orders {

	private final JdbcClient jdbc;

	Orders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Order order) {
		ShippingAddress address = order.shippingAddress();
		OrderTotals totals = order.totals();
		this.jdbc.sql("""
				INSERT INTO orders (id, number, user_id, status, currency, subtotal, discount, shipping, tax, total,
				coupon_code, ship_full_name, ship_line1, ship_line2, ship_city, ship_postal_code, ship_country,
				ship_phone, note, shipping_rate_id, carrier, carrier_service, payment_gateway, payment_token,
				saga_step, saga_next_at, deadline_at, version, created_at, updated_at)
				VALUES (:id, :number, :userId, :status, :currency, :subtotal, :discount, :shipping, :tax, :total,
				:coupon, :fullName, :line1, :line2, :city, :postalCode, :country, :phone, :note, :rateId, :carrier,
				:carrierService, :gateway, :token, :step, :nextAt, :deadlineAt, 0, :createdAt, :createdAt)""")
			.param("id", order.id())
			.param("number", order.number())
			.param("userId", order.userId())
			.param("status", order.status().name())
			.param("currency", order.currency())
			.param("subtotal", totals.subtotal().amount())
			.param("discount", totals.discount().amount())
			.param("shipping", totals.shipping().amount())
			.param("tax", totals.tax().amount())
			.param("total", totals.total().amount())
			.param("coupon", order.couponCode())
			.param("fullName", address.fullName())
			.param("line1", address.line1())
			.param("line2", address.line2())
			.param("city", address.city())
			.param("postalCode", address.postalCode())
			.param("country", address.country())
			.param("phone", address.phone())
			.param("note", order.note())
			.param("rateId", order.shipping().rateId())
			.param("carrier", order.shipping().carrier())
			.param("carrierService", order.shipping().service())
			.param("gateway", order.paymentGateway())
			.param("token", order.paymentToken())
			.param("step", order.saga().step())
			.param("nextAt", utc(order.saga().nextAt()))
			.param("deadlineAt", utc(order.saga().deadlineAt()))
			.param("createdAt", utc(order.createdAt()))
			.update();
		int position = 0;
		for (OrderLine line : order.lines()) {
			this.jdbc.sql("""
					INSERT INTO order_line (order_id, position, sku, product_id, seller_id, name, quantity, unit_price,
					line_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(order.id(), position++, line.sku(), line.productId(), line.sellerId(), line.name(),
						line.quantity(), line.unitPrice().amount(), line.lineTotal().amount())
				.update();
		}
		addHistory(order.id(), order.status(), null, order.createdAt());
	}

	public Optional<Order> find(UUID id) {
		return load("SELECT * FROM orders WHERE id = ?", id);
	}

	/** The order a customer placed with an {@code Idempotency-Key}, if any. */
	public Optional<Order> findPlaced(UUID userId, String idempotencyKey) {
		return this.jdbc.sql("SELECT * FROM orders WHERE user_id = ? AND idempotency_key = ?")
			.params(userId, idempotencyKey)
			.query((rs, row) -> order(rs))
			.optional();
	}

	/**
	 * Records the {@code Idempotency-Key} a new order was placed with.
	 * @throws org.springframework.dao.DuplicateKeyException when the customer placed
	 * another order with it
	 */
	public void placedWith(UUID id, UUID userId, String idempotencyKey) {
		this.jdbc.sql("UPDATE orders SET idempotency_key = ? WHERE id = ? AND user_id = ?")
			.params(idempotencyKey, id, userId)
			.update();
	}

	/** The order, locked until the transaction ends: its changes are serialized. */
	public Optional<Order> lock(UUID id) {
		return load("SELECT * FROM orders WHERE id = ? FOR UPDATE", id);
	}

	/**
	 * Changes the status, with its reason in the history.
	 * @return whether the order was in the expected status
	 */
	public boolean changeStatus(UUID id, OrderStatus from, OrderStatus to, @Nullable String reason, Instant now) {
		int changed = this.jdbc
			.sql("UPDATE orders SET status = ?, version = version + 1, updated_at = ? WHERE id = ? AND status = ?")
			.params(to.name(), utc(now), id, from.name())
			.update();
		if (changed == 1) {
			addHistory(id, to, reason, now);
		}
		return changed == 1;
	}

	public void changeDetails(UUID id, ShippingAddress address, @Nullable String note, Instant now) {
		this.jdbc.sql("""
				UPDATE orders SET ship_full_name = ?, ship_line1 = ?, ship_line2 = ?, ship_city = ?,
				ship_postal_code = ?, ship_country = ?, ship_phone = ?, note = ?, version = version + 1, updated_at = ?
				WHERE id = ?""")
			.params(address.fullName(), address.line1(), address.line2(), address.city(), address.postalCode(),
					address.country(), address.phone(), note, utc(now), id)
			.update();
	}

	/** Records when the order was delivered: the return window runs from then. */
	public void delivered(UUID id, Instant at) {
		this.jdbc.sql("UPDATE orders SET delivered_at = ? WHERE id = ?").params(utc(at), id).update();
	}

	public void delete(UUID id) {
		this.jdbc.sql("DELETE FROM orders WHERE id = ?").param(id).update();
	}

	/**
	 * A page of orders, newest first, in four statements whatever its size: the page's
	 * ids, then their orders, lines and status histories, each for all of them at once.
	 */
	public List<Order> page(OrderFilter filter, int offset, int limit) {
		List<Object> params = new ArrayList<>();
		String where = filter.where(params);
		params.add(limit);
		params.add(offset);
		List<UUID> ids = this.jdbc
			.sql("SELECT o.id FROM orders o WHERE " + where + " ORDER BY o.created_at DESC, o.id LIMIT ? OFFSET ?")
			.params(params)
			.query(UUID.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID[] page = ids.toArray(UUID[]::new);
		Map<UUID, List<OrderLine>> lines = new HashMap<>();
		this.jdbc.sql("""
				SELECT l.*, o.currency FROM order_line l JOIN orders o ON o.id = l.order_id
				WHERE l.order_id = ANY (?) ORDER BY l.order_id, l.position""").param(page).query((rs) -> {
			lines.computeIfAbsent(rs.getObject("order_id", UUID.class), (id) -> new ArrayList<>())
				.add(line(rs, rs.getString("currency")));
		});
		Map<UUID, List<StatusChange>> histories = new HashMap<>();
		this.jdbc
			.sql("SELECT order_id, status, at, reason FROM order_status_change WHERE order_id = ANY (?) ORDER BY id")
			.param(page)
			.query((rs) -> {
				histories.computeIfAbsent(rs.getObject("order_id", UUID.class), (id) -> new ArrayList<>())
					.add(statusChange(rs));
			});
		Map<UUID, Order> orders = new HashMap<>();
		this.jdbc.sql("SELECT * FROM orders WHERE id = ANY (?)").param(page).query((rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			orders.put(id, order(rs, lines.getOrDefault(id, List.of()), histories.getOrDefault(id, List.of())));
		});
		// an order deleted since its id was read is left out
		return ids.stream().map(orders::get).filter(Objects::nonNull).toList();
	}

	public long count(OrderFilter filter) {
		List<Object> params = new ArrayList<>();
		String where = filter.where(params);
		return this.jdbc.sql("SELECT count(*) FROM orders o WHERE " + where).params(params).query(Long.class).single();
	}

	private void addHistory(UUID id, OrderStatus status, @Nullable String reason, Instant at) {
		this.jdbc.sql("INSERT INTO order_status_change (order_id, status, reason, at) VALUES (?, ?, ?, ?)")
			.params(id, status.name(), reason, utc(at))
			.update();
	}

	private Optional<Order> load(String sql, UUID id) {
		return this.jdbc.sql(sql).param(id).query((rs, row) -> order(rs)).optional();
	}

	private Order order(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return order(rs, lines(id, rs.getString("currency")), history(id));
	}

	private Order order(ResultSet rs, List<OrderLine> lines, List<StatusChange> history) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String currency = rs.getString("currency");
		OrderTotals totals = new OrderTotals(money(rs, "subtotal", currency), money(rs, "discount", currency),
				money(rs, "shipping", currency), money(rs, "tax", currency), money(rs, "total", currency));
		ShippingAddress address = new ShippingAddress(rs.getString("ship_full_name"), rs.getString("ship_line1"),
				rs.getString("ship_line2"), rs.getString("ship_city"), rs.getString("ship_postal_code"),
				rs.getString("ship_country"), rs.getString("ship_phone"));
		Order.Saga saga = new Order.Saga(rs.getString("saga_step"), rs.getInt("saga_attempts"),
				instant(rs, "saga_next_at"), rs.getString("saga_error"), instant(rs, "deadline_at"),
				rs.getString("reservation_state"), rs.getObject("reservation_id", UUID.class),
				rs.getString("payment_status"), rs.getObject("payment_id", UUID.class), rs.getString("failure_code"),
				rs.getObject("refund_id", UUID.class), rs.getLong("refunded"), rs.getString("shipment_state"),
				rs.getObject("shipment_id", UUID.class), rs.getString("tracking_number"),
				rs.getString("shipment_status"));
		return new Order(id, rs.getString("number"), rs.getObject("user_id", UUID.class),
				OrderStatus.valueOf(rs.getString("status")), lines, totals, rs.getString("coupon_code"), address,
				rs.getString("note"),
				new Order.Shipping(rs.getString("shipping_rate_id"), rs.getString("carrier"),
						rs.getString("carrier_service")),
				rs.getString("payment_gateway"), rs.getString("payment_token"), saga, history,
				nullableInstant(rs, "delivered_at"), rs.getLong("version"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private List<OrderLine> lines(UUID id, String currency) {
		return this.jdbc.sql("SELECT * FROM order_line WHERE order_id = ? ORDER BY position")
			.param(id)
			.query((rs, row) -> line(rs, currency))
			.list();
	}

	private static OrderLine line(ResultSet rs, String currency) throws SQLException {
		return new OrderLine(rs.getString("sku"), rs.getObject("product_id", UUID.class),
				rs.getObject("seller_id", UUID.class), rs.getString("name"), rs.getInt("quantity"),
				money(rs, "unit_price", currency), money(rs, "line_total", currency));
	}

	/** How many units of each SKU were returned so far. */
	public int returned(UUID id, String sku) {
		return this.jdbc.sql("SELECT returned FROM order_line WHERE order_id = ? AND sku = ?")
			.params(id, sku)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private List<StatusChange> history(UUID id) {
		return this.jdbc.sql("SELECT status, at, reason FROM order_status_change WHERE order_id = ? ORDER BY id")
			.param(id)
			.query((rs, row) -> statusChange(rs))
			.list();
	}

	private static StatusChange statusChange(ResultSet rs) throws SQLException {
		return new StatusChange(OrderStatus.valueOf(rs.getString("status")), instant(rs, "at"), rs.getString("reason"));
	}

	private static Money money(ResultSet rs, String column, String currency) throws SQLException {
		return Money.of(rs.getLong(column), currency);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	/** A timestamp for a {@code timestamptz} column. */
	public static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
