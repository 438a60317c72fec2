package dev.ecommerce.order.tracking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.order.Caller;
import dev.ecommerce.order.order.Order;
import dev.ecommerce.order.order.OrderBook;
import dev.ecommerce.order.order.OrderEvents;
import dev.ecommerce.order.order.OrderStatus;
import dev.ecommerce.order.order.Orders;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipment's tracking of each order. {@code SHIPPED} and {@code DELIVERED} follow the
 * shipment: picked up (or any later carrier scan) ships a confirmed order, delivered
 * delivers it.
 */
@Service
class Tracking {

	private final Orders orders;

	private final OrderBook book;

	private final OrderEvents events;

	private final JdbcClient jdbc;

	Tracking(Orders orders, OrderBook book, OrderEvents events, JdbcClient jdbc) {
		this.orders = orders;
		this.book = book;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** A tracking event of a shipment. */
	record Event(String status, @Nullable String location, @Nullable String description, Instant at) {

	}

	@Transactional(readOnly = true)
	TrackingResponse of(Caller caller, UUID orderId) {
		Order order = this.book.get(caller, orderId);
		List<Event> events = this.jdbc
			.sql("SELECT status, location, description, at FROM tracking_event WHERE order_id = ? ORDER BY at, id")
			.param(orderId)
			.query((rs, row) -> new Event(rs.getString("status"), rs.getString("location"), rs.getString("description"),
					rs.getTimestamp("at").toInstant()))
			.list();
		return TrackingResponse.of(order, events);
	}

	@Transactional
	void created(ShipmentCreated created) {
		if (this.orders.lock(created.orderId()).isPresent()) {
			know(created.orderId(), created.shipmentId(), created.trackingNumber(), null);
		}
	}

	@Transactional
	void statusChanged(ShipmentStatusChanged change) {
		Order order = this.orders.lock(change.orderId()).orElse(null);
		if (order == null) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO tracking_event (order_id, shipment_id, status, location, description, at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(order.id(), change.shipmentId(), change.status(), change.location(), change.description(),
					Orders.utc(change.at()))
			.update();
		know(order.id(), change.shipmentId(), change.trackingNumber(), change.status());
		String tracking = (change.trackingNumber() != null) ? change.trackingNumber() : "";
		switch (change.status()) {
			case "PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY" -> ship(order, change, tracking);
			case "DELIVERED" -> {
				ship(order, change, tracking);
				if (this.orders.changeStatus(order.id(), OrderStatus.SHIPPED, OrderStatus.DELIVERED, "delivered",
						change.at())) {
					this.orders.delivered(order.id(), change.at());
					this.events.delivered(order, change.at());
				}
			}
			default -> {
				// LABEL_CREATED, EXCEPTION, RETURNED_TO_SENDER: in the tracking, the
				// order's status stays
			}
		}
	}

	private void ship(Order order, ShipmentStatusChanged change, String tracking) {
		if (this.orders.changeStatus(order.id(), OrderStatus.CONFIRMED, OrderStatus.SHIPPED, "picked up by the carrier",
				change.at())) {
			this.events.shipped(order, change.shipmentId(), tracking, change.at());
		}
	}

	/** The shipment of the order, as its events tell; the latest status wins. */
	private void know(UUID orderId, UUID shipmentId, @Nullable String trackingNumber, @Nullable String status) {
		this.jdbc
			.sql("""
					UPDATE orders SET shipment_id = coalesce(shipment_id, ?), tracking_number = coalesce(?, tracking_number),
					shipment_status = coalesce(?, shipment_status), version = version + 1 WHERE id = ?""")
			.params(shipmentId, trackingNumber, status, orderId)
			.update();
	}

}
