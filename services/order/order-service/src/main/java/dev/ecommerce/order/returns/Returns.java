package dev.ecommerce.order.returns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ecommerce.order.Caller;
import dev.ecommerce.order.api.OrderLine;
import dev.ecommerce.order.api.ReturnLine;
import dev.ecommerce.order.api.ReturnReceived;
import dev.ecommerce.order.api.ReturnRequested;
import dev.ecommerce.order.order.Order;
import dev.ecommerce.order.order.OrderBook;
import dev.ecommerce.order.order.OrderEvents;
import dev.ecommerce.order.order.OrderStatus;
import dev.ecommerce.order.order.Orders;
import dev.ecommerce.order.peers.InventoryClient;
import dev.ecommerce.order.peers.PaymentClient;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.problem.Problems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Returns of delivered orders: the customer asks within the return window; an admin
 * receives the goods, which refunds the lines at their price as bought and puts them back
 * on hand in the store they left from. The refund and each restock carry an idempotency
 * key of the return, so a receive that failed half-way (a peer down) is simply repeated.
 */
@Service
class Returns {

	private final Orders orders;

	private final OrderBook book;

	private final OrderEvents events;

	private final PaymentClient payments;

	private final InventoryClient inventory;

	private final ReturnsProperties properties;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Clock clock;

	Returns(Orders orders, OrderBook book, OrderEvents events, PaymentClient payments, InventoryClient inventory,
			ReturnsProperties properties, JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
		this.orders = orders;
		this.book = book;
		this.events = events;
		this.payments = payments;
		this.inventory = inventory;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	ReturnResponse request(Caller caller, UUID orderId, ReturnRequest request) {
		return this.transactions.execute((tx) -> {
			Order order = this.book.lock(caller, orderId);
			if (!caller.is(order.userId())) {
				throw new NotFoundException("No order " + orderId + ".");
			}
			Instant now = this.clock.instant();
			boolean returnable = order.status() == OrderStatus.DELIVERED
					|| order.status() == OrderStatus.RETURN_REQUESTED || order.status() == OrderStatus.RETURNED;
			if (!returnable || order.deliveredAt() == null
					|| now.isAfter(order.deliveredAt().plus(this.properties.window()))) {
				throw new ConflictException(ProblemTypes.of("not-returnable"), "Order cannot be returned",
						"Order " + order.number() + " is " + order.status() + ": lines can be returned within "
								+ this.properties.window().toDays() + " days of delivery.");
			}
			Money refund = checkLines(order, request.lines());
			UUID id = UUID.randomUUID();
			this.jdbc.sql("""
					INSERT INTO order_return (id, order_id, status, reason, refund, requested_at)
					VALUES (?, ?, 'REQUESTED', ?, ?, ?)""")
				.params(id, orderId, request.reason().strip(), refund.amount(), Orders.utc(now))
				.update();
			for (ReturnRequest.Line line : request.lines()) {
				this.jdbc.sql("INSERT INTO order_return_line (return_id, sku, quantity) VALUES (?, ?, ?)")
					.params(id, line.sku(), line.quantity())
					.update();
				this.jdbc.sql("UPDATE order_line SET returned = returned + ? WHERE order_id = ? AND sku = ?")
					.params(line.quantity(), orderId, line.sku())
					.update();
			}
			this.orders.changeStatus(orderId, order.status(), OrderStatus.RETURN_REQUESTED, request.reason().strip(),
					now);
			ReturnResponse response = find(orderId, id);
			this.events.publish(ReturnRequested.TYPE, order, new ReturnRequested(orderId, order.number(),
					order.userId(), id, response.lines(), response.reason(), now));
			return response;
		});
	}

	/**
	 * Receives a return: refunds its lines and restocks them, then marks it received. A
	 * repeat answers the received return.
	 */
	ReturnResponse receive(UUID orderId, UUID returnId) {
		Order order = this.orders.find(orderId).orElseThrow(() -> OrderBook.notFound(orderId));
		ReturnResponse found = find(orderId, returnId);
		if ("RECEIVED".equals(found.status())) {
			return found;
		}
		UUID refundId = null;
		long owed = Math.min(found.refund().amount(), order.totals().total().amount() - order.saga().refunded());
		if (order.saga().paymentId() != null && owed > 0) {
			refundId = this.payments.refund(order.saga().paymentId(), Money.of(owed, order.currency()),
					"return of order " + order.number(), "order-" + orderId + "-return-" + returnId + "-refund");
		}
		Map<String, UUID> stores = storesOf(orderId);
		for (ReturnLine line : found.lines()) {
			UUID store = stores.get(line.sku());
			if (store != null) {
				this.inventory.restock(store, line.sku(), line.quantity(), "return of order " + order.number(),
						"order-" + orderId + "-return-" + returnId + "-restock-" + line.sku());
			}
		}
		UUID refund = refundId;
		return this.transactions.execute((tx) -> {
			Order current = this.orders.lock(orderId).orElseThrow(() -> OrderBook.notFound(orderId));
			int received = this.jdbc.sql("""
					UPDATE order_return SET status = 'RECEIVED', refund_id = ?, refund = ?, received_at = ?
					WHERE id = ? AND status = 'REQUESTED'""")
				.params(refund, owed, Orders.utc(this.clock.instant()), returnId)
				.update();
			if (received == 0) {
				return find(orderId, returnId);
			}
			Instant now = this.clock.instant();
			Money amount = Money.of(Math.max(owed, 0), current.currency());
			if (refund != null) {
				this.jdbc.sql("UPDATE orders SET refunded = refunded + ?, refund_id = ? WHERE id = ?")
					.params(owed, refund, orderId)
					.update();
				this.events.refunded(current, current.saga().paymentId(), refund, amount, now);
			}
			boolean othersPending = this.jdbc
				.sql("SELECT count(*) FROM order_return WHERE order_id = ? AND status = 'REQUESTED'")
				.param(orderId)
				.query(Long.class)
				.single() > 0;
			if (!othersPending) {
				this.orders.changeStatus(orderId, OrderStatus.RETURN_REQUESTED, OrderStatus.RETURNED,
						"returned goods received", now);
			}
			this.events.publish(ReturnReceived.TYPE, current,
					new ReturnReceived(orderId, current.number(), current.userId(), returnId, amount, now));
			return find(orderId, returnId);
		});
	}

	List<ReturnResponse> list(Caller caller, UUID orderId) {
		this.book.get(caller, orderId);
		return this.jdbc.sql("SELECT id FROM order_return WHERE order_id = ? ORDER BY requested_at")
			.param(orderId)
			.query(UUID.class)
			.list()
			.stream()
			.map((id) -> find(orderId, id))
			.toList();
	}

	ReturnResponse find(UUID orderId, UUID returnId) {
		String currency = this.orders.find(orderId).orElseThrow(() -> OrderBook.notFound(orderId)).currency();
		List<ReturnLine> lines = this.jdbc
			.sql("SELECT sku, quantity FROM order_return_line WHERE return_id = ? ORDER BY sku")
			.param(returnId)
			.query((rs, row) -> new ReturnLine(rs.getString("sku"), rs.getInt("quantity")))
			.list();
		return this.jdbc.sql("SELECT * FROM order_return WHERE id = ? AND order_id = ?")
			.params(returnId, orderId)
			.query((rs, row) -> new ReturnResponse(returnId, orderId, rs.getString("status"), lines,
					rs.getString("reason"), Money.of(rs.getLong("refund"), currency),
					rs.getObject("refund_id", UUID.class), rs.getTimestamp("requested_at").toInstant(),
					(rs.getTimestamp("received_at") != null) ? rs.getTimestamp("received_at").toInstant() : null))
			.optional()
			.orElseThrow(() -> new NotFoundException("No return " + returnId + " of order " + orderId + "."));
	}

	/**
	 * Each line's quantity at most what was bought and not yet returned; the refund is
	 * what was paid for them: their price with its tax, less their part of the discount.
	 */
	private Money checkLines(Order order, List<ReturnRequest.Line> lines) {
		Map<String, OrderLine> bought = order.lines()
			.stream()
			.collect(Collectors.toMap(OrderLine::sku, Function.identity()));
		List<Problems.FieldError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Money goods = Money.zero(order.currency());
		for (int i = 0; i < lines.size(); i++) {
			ReturnRequest.Line line = lines.get(i);
			OrderLine orderLine = bought.get(line.sku());
			if (orderLine == null) {
				errors.add(new Problems.FieldError("lines[" + i + "].sku", "is not in this order"));
			}
			else if (!seen.add(line.sku())) {
				errors.add(new Problems.FieldError("lines[" + i + "].sku", "is already in an earlier line"));
			}
			else if (line.quantity() > orderLine.quantity() - this.orders.returned(order.id(), line.sku())) {
				errors.add(new Problems.FieldError("lines[" + i + "].quantity",
						"is more than was bought and not returned yet"));
			}
			else {
				goods = goods.plus(orderLine.unitPrice().times(line.quantity()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return PricePaid.of(order.totals(), goods);
	}

	private Map<String, UUID> storesOf(UUID orderId) {
		return this.jdbc.sql("SELECT sku, store_id FROM order_allocation WHERE order_id = ? ORDER BY quantity DESC")
			.param(orderId)
			.query((rs, row) -> Map.entry(rs.getString("sku"), rs.getObject("store_id", UUID.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
	}

}
