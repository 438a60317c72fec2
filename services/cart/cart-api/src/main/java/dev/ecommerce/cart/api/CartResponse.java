package dev.ecommerce.cart.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A cart, priced now.
 *
 * @param id its id
 * @param userId its user; {@code null} for a guest's cart
 * @param cartToken a guest cart's secret, given once when the cart is created: every
 * later call on the cart sends it as {@code X-Cart-Token}
 * @param currency the currency of every amount
 * @param items its lines, in the order they were added
 * @param coupon its coupon, if one was applied
 * @param destination where it would ship, if the shopper said
 * @param totals what it costs
 * @param warnings what the shopper should know
 * @param version changes with every change of the cart
 * @param createdAt when it was made
 * @param updatedAt when it last changed
 */
public record CartResponse(UUID id, @Nullable UUID userId, @Nullable String cartToken, String currency,
		List<CartItemResponse> items, @Nullable AppliedCoupon coupon, @Nullable ShippingAddress destination,
		Totals totals, List<CartWarning> warnings, long version, Instant createdAt, Instant updatedAt) {

	public CartResponse withToken(String token) {
		return new CartResponse(this.id, this.userId, token, this.currency, this.items, this.coupon, this.destination,
				this.totals, this.warnings, this.version, this.createdAt, this.updatedAt);
	}

}
