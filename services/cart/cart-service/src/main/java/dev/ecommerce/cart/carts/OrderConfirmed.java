package dev.ecommerce.cart.carts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The order service's {@code OrderConfirmed.v1}, read tolerantly: only the fields this
 * service uses (the order service's {@code order-api} is being built alongside; switch to
 * its record once it lands).
 *
 * @param orderId the order
 * @param userId its buyer
 * @param cartId the cart it was made from, if the event names it
 * @param lines what it bought
 * @param couponCode the coupon it used, if any
 * @param at when it was confirmed
 */
record OrderConfirmed(UUID orderId, @Nullable UUID userId, @Nullable UUID cartId, @Nullable List<Line> lines,
		@Nullable String couponCode, @Nullable Instant at) {

	static final String TYPE = "dev.ecommerce.order.OrderConfirmed.v1";

	record Line(String sku, int quantity) {

	}

}
