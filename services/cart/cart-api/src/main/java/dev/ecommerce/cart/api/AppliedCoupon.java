package dev.ecommerce.cart.api;

import org.jspecify.annotations.Nullable;

/**
 * The coupon on a cart or quote, and whether it takes anything off right now.
 *
 * @param code the coupon's code
 * @param type its kind
 * @param applied whether it applies to this basket now
 * @param reason why it does not apply, when it does not
 */
public record AppliedCoupon(String code, @Nullable CouponType type, boolean applied, @Nullable String reason) {

}
