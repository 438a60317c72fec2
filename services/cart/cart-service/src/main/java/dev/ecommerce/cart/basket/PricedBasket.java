package dev.ecommerce.cart.basket;

import java.util.List;

import dev.ecommerce.cart.api.AppliedCoupon;
import dev.ecommerce.cart.api.CartWarning;
import dev.ecommerce.cart.api.ShippingOption;
import dev.ecommerce.cart.api.Totals;
import org.jspecify.annotations.Nullable;

/**
 * A basket priced by {@link BasketPricing}.
 *
 * @param currency the currency of every amount
 * @param items the lines that count, in the order given
 * @param coupon the coupon given and whether it applies
 * @param shipping the shipping rate counted, if any
 * @param totals the totals
 * @param warnings what the shopper should know
 */
public record PricedBasket(String currency, List<BasketItem> items, @Nullable AppliedCoupon coupon,
		@Nullable ShippingOption shipping, Totals totals, List<CartWarning> warnings) {

}
