package dev.ecommerce.cart.pricing;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A basket's totals, as the calculator found them.
 *
 * @param subtotal the lines added up
 * @param discount what the coupon takes off the subtotal
 * @param shipping the shipping counted (zero when the coupon makes it free)
 * @param tax the tax on {@code subtotal - discount + shipping}
 * @param total {@code subtotal - discount + shipping + tax}
 * @param couponApplied whether the coupon took effect
 * @param couponRefusal why it did not, when a coupon was given and did not
 */
public record Pricing(Money subtotal, Money discount, Money shipping, Money tax, Money total, boolean couponApplied,
		@Nullable String couponRefusal) {

}
