package dev.ecommerce.cart.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A priced basket: the one calculation that carts also use.
 *
 * @param currency the currency of every amount
 * @param lines the priced lines, in the order asked
 * @param coupon the coupon asked for and whether it applies
 * @param shipping the shipping rate counted, when one was
 * @param totals what it costs
 * @param warnings what the buyer should know (prices, stock, coupon, shipping)
 */
public record QuoteResponse(String currency, List<QuotedLine> lines, @Nullable AppliedCoupon coupon,
		@Nullable ShippingOption shipping, Totals totals, List<CartWarning> warnings) {

}
