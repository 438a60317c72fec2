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
 * An order as stored: what was bought at what price, where it goes, and how far its
 * checkout has come.
 *
 * @param id the order
 * @param number its human number
 * @param userId the customer
 * @param status where it is
 * @param lines the lines as bought
 * @param totals what it costs
 * @param couponCode the coupon applied
 * @param shippingAddress where it goes
 * @param note the customer's note
 * @param shipping the chosen shipping rate
 * @param paymentGateway the payment gateway chosen
 * @param paymentToken the payment method's token, until the payment has an outcome
 * @param saga the state of the checkout saga
 * @param history the status history, oldest first
 * @param deliveredAt when it was delivered
 * @param version the version, for {@code If-Match}
 * @param createdAt when it was placed
 * @param updatedAt when it last changed
 */
public record Order(UUID id, String number, UUID userId, OrderStatus status, List<OrderLine> lines, OrderTotals totals,
		@Nullable String couponCode, ShippingAddress shippingAddress, @Nullable String note, Shipping shipping,
		String paymentGateway, @Nullable String paymentToken, Saga saga, List<StatusChange> history,
		@Nullable Instant deliveredAt, long version, Instant createdAt, Instant updatedAt) {

	public String currency() {
		return this.totals.total().currency();
	}

	/** What was refunded so far. */
	public Money refunded() {
		return Money.of(this.saga.refunded(), currency());
	}

	/** The address and note may change until the carrier has the parcel. */
	public boolean changeable() {
		return this.status.beforeShipment() && !"PICKED_UP".equals(this.saga.shipmentStatus());
	}

	/** Whether a payment was ever taken for it. */
	public boolean paid() {
		return "SUCCEEDED".equals(this.saga.paymentStatus());
	}

	/** Ended without a payment and with nothing left to undo: it may be deleted. */
	public boolean endedWithoutPayment() {
		return this.status.failed() && this.saga.done() && !paid();
	}

	/**
	 * The chosen shipping rate.
	 *
	 * @param rateId the shipping service's rate token
	 * @param carrier the carrier
	 * @param service the carrier's service
	 */
	public record Shipping(String rateId, @Nullable String carrier, @Nullable String service) {

	}

	/**
	 * The checkout saga's stored state (ADR 12): the step to run next and what each peer
	 * answered so far.
	 *
	 * @param step the next step
	 * @param attempts failed attempts of that step
	 * @param nextAt when it runs
	 * @param error the last failure
	 * @param deadlineAt when a pending order is given up
	 * @param reservationState what the inventory answered
	 * @param reservationId the reservation
	 * @param paymentStatus what the payment service answered
	 * @param paymentId the payment
	 * @param failureCode why the payment failed
	 * @param refundId the last refund
	 * @param refunded minor units refunded so far
	 * @param shipmentState what the shipping service answered
	 * @param shipmentId the shipment
	 * @param trackingNumber its tracking number
	 * @param shipmentStatus its last tracking status
	 */
	public record Saga(String step, int attempts, Instant nextAt, @Nullable String error, Instant deadlineAt,
			@Nullable String reservationState, @Nullable UUID reservationId, @Nullable String paymentStatus,
			@Nullable UUID paymentId, @Nullable String failureCode, @Nullable UUID refundId, long refunded,
			@Nullable String shipmentState, @Nullable UUID shipmentId, @Nullable String trackingNumber,
			@Nullable String shipmentStatus) {

		public boolean done() {
			return "DONE".equals(this.step);
		}

	}

}
