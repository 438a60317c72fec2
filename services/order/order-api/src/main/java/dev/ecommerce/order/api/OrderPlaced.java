package dev.ecommerce.order.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order was placed: its lines and prices are fixed, and the checkout starts. Published
 * on {@code order.events}, keyed by the order id.
 *
 * @param orderId the order
 * @param number the order's human number
 * @param userId the customer
 * @param lines what was bought at what price
 * @param totals what it costs
 * @param couponCode the coupon applied, if any
 * @param shippingAddress where it goes
 * @param at when it happened
 */
public record OrderPlaced(UUID orderId, String number, UUID userId, List<OrderLine> lines, OrderTotals totals,
		@Nullable String couponCode, ShippingAddress shippingAddress, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.order.OrderPlaced.v1";

}
