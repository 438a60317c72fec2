package dev.ecommerce.cart.pricing;

import dev.ecommerce.cart.api.CouponType;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a coupon takes off, once it is known to be valid now (window, usage limit): the
 * calculator decides only whether the basket reaches the minimum subtotal.
 *
 * @param code its code
 * @param type its kind
 * @param value percent (1–100) or minor units
 * @param minSubtotal the subtotal the basket needs, if any
 */
public record CouponTerms(String code, CouponType type, long value, @Nullable Money minSubtotal) {

}
