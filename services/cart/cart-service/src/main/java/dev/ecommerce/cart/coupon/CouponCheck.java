package dev.ecommerce.cart.coupon;

import dev.ecommerce.cart.api.CouponType;
import dev.ecommerce.cart.pricing.CouponTerms;
import org.jspecify.annotations.Nullable;

/**
 * Whether a coupon may be used now, before the basket's minimum subtotal is considered.
 *
 * @param code the code as stored (upper case)
 * @param type its kind, when the coupon exists
 * @param terms its terms, when it may be used
 * @param refusal why it may not, when it may not
 */
public record CouponCheck(String code, @Nullable CouponType type, @Nullable CouponTerms terms,
		@Nullable String refusal) {

	public boolean exists() {
		return this.type != null;
	}

}
