package dev.ecommerce.order.tracking;

import java.util.List;
import java.util.UUID;

import dev.ecommerce.order.order.Order;
import dev.ecommerce.order.order.OrderResponse;
import dev.ecommerce.order.order.OrderStatus;
import dev.ecommerce.order.order.StatusChange;
import org.jspecify.annotations.Nullable;

/**
 * An order's status history and its shipment's tracking events.
 *
 * @param orderId the order
 * @param number its number
 * @param status where it is
 * @param statusHistory every status it went through, with the reason
 * @param shipment the shipment, once created
 * @param events the carrier's tracking events, oldest first
 */
record TrackingResponse(UUID orderId, String number, OrderStatus status, List<StatusChange> statusHistory,
		OrderResponse.@Nullable Shipment shipment, List<Tracking.Event> events) {

	static TrackingResponse of(Order order, List<Tracking.Event> events) {
		return new TrackingResponse(order.id(), order.number(), order.status(), order.history(),
				OrderResponse.from(order).shipment(), events);
	}

}
