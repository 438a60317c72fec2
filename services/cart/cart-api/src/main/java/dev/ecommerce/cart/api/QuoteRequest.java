package dev.ecommerce.cart.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A basket to price ({@code POST /carts/quote}).
 *
 * @param lines 1–100 lines, each SKU once
 * @param couponCode a coupon to apply, if any
 * @param destination where it goes: the tax's country and the shipping rates
 * @param shippingRateId a rate the shopper chose from the shipping service
 * @param orderId the order being checked out, if the quote is for one: a coupon with a
 * usage limit is then held for that order until it is confirmed or fails, so that a limit
 * of n gives at most n orders the discount
 */
public record QuoteRequest(@NotNull @Size(min = 1, max = Texts.MAX_LINES) List<@NotNull @Valid QuoteLine> lines,
		@Nullable @Size(max = 40) String couponCode, @Nullable @Valid ShippingAddress destination,
		@Nullable @Size(max = 2000) String shippingRateId, @Nullable UUID orderId) {

	public QuoteRequest(List<QuoteLine> lines, @Nullable String couponCode, @Nullable ShippingAddress destination,
			@Nullable String shippingRateId) {
		this(lines, couponCode, destination, shippingRateId, null);
	}

}
