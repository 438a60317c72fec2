package dev.ecommerce.order.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.order.api.OrderLine;
import dev.ecommerce.order.api.OrderTotals;
import dev.ecommerce.order.api.ShippingAddress;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * An order as the API shows it.
 *
 * @param id the order
 * @param number its human number
 * @param userId the customer
 * @param status where it is
 * @param lines the lines as bought (a seller's list shows only its own lines)
 * @param totals what it costs
 * @param couponCode the coupon applied
 * @param shippingAddress where it goes
 * @param shippingRateId the chosen shipping rate
 * @param note the customer's note
 * @param payment the payment, once asked for
 * @param shipment the shipment, once created
 * @param refunded what was refunded so far
 * @param statusHistory every status it went through, with the reason
 * @param createdAt when it was placed
 * @param updatedAt when it last changed
 * @param version its version
 */
public record OrderResponse(UUID id, String number, UUID userId, OrderStatus status, List<OrderLine> lines,
		OrderTotals totals, @Nullable String couponCode, ShippingAddress shippingAddress, String shippingRateId,
		@Nullable String note, @Nullable Payment payment, @Nullable Shipment shipment, Money refunded,
		List<StatusChange> statusHistory, Instant createdAt, Instant updatedAt, long version) {

	/**
	 * @param id the payment, once known
	 * @param status {@code REQUESTED}, {@code SUCCEEDED}, {@code FAILED} or
	 * {@code REQUIRES_ACTION}
	 * @param failureCode why it failed
	 */
	public record Payment(@Nullable UUID id, String status, @Nullable String failureCode) {

	}

	/**
	 * @param id the shipment
	 * @param carrier the carrier
	 * @param trackingNumber its tracking number
	 * @param status its last tracking status
	 */
	public record Shipment(UUID id, @Nullable String carrier, @Nullable String trackingNumber,
			@Nullable String status) {

	}

	public static OrderResponse from(Order order) {
		return from(order, order.lines());
	}

	public static OrderResponse from(Order order, List<OrderLine> lines) {
		Order.Saga saga = order.saga();
		Payment payment = (saga.paymentStatus() != null)
				? new Payment(saga.paymentId(), saga.paymentStatus(), saga.failureCode()) : null;
		Shipment shipment = (saga.shipmentId() != null) ? new Shipment(saga.shipmentId(), order.shipping().carrier(),
				saga.trackingNumber(), saga.shipmentStatus()) : null;
		return new OrderResponse(order.id(), order.number(), order.userId(), order.status(), lines, order.totals(),
				order.couponCode(), order.shippingAddress(), order.shipping().rateId(), order.note(), payment, shipment,
				order.refunded(), order.history(), order.createdAt(), order.updatedAt(), order.version());
	}

}
