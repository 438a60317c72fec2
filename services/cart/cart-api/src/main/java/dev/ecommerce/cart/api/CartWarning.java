package dev.ecommerce.cart.api;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * Something the shopper should know before paying. Codes: {@code PRICE_CHANGED} (with
 * {@code oldPrice} and {@code newPrice}), {@code OUT_OF_STOCK}, {@code NOT_ENOUGH_STOCK}
 * (with {@code available}), {@code NO_LONGER_SOLD}, {@code COUPON_NOT_APPLICABLE} (with
 * {@code couponCode}), {@code SHIPPING_UNKNOWN} (no destination yet: shipping counted as
 * zero), {@code SHIPPING_UNAVAILABLE} (the shipping service did not answer: shipping
 * counted as zero), {@code SHIPPING_RATE_INVALID} (the rate asked for is unknown or
 * expired: the cheapest rate is used instead).
 *
 * @param code what kind of warning
 * @param message a sentence for the shopper
 * @param sku the line it is about
 * @param oldPrice the price when the item was added
 * @param newPrice the price now
 * @param available the units available now
 * @param couponCode the coupon it is about
 */
public record CartWarning(String code, String message, @Nullable String sku, @Nullable Money oldPrice,
		@Nullable Money newPrice, @Nullable Integer available, @Nullable String couponCode) {

	public static CartWarning of(String code, String message) {
		return new CartWarning(code, message, null, null, null, null, null);
	}

}
