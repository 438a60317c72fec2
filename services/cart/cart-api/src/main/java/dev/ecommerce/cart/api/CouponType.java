package dev.ecommerce.cart.api;

/**
 * What a coupon takes off: a {@code PERCENT} of the subtotal ({@code value} 1–100), a
 * {@code FIXED} amount ({@code value} in minor units), or the shipping
 * ({@code FREE_SHIPPING}, no value).
 */
public enum CouponType {

	PERCENT, FIXED, FREE_SHIPPING

}
