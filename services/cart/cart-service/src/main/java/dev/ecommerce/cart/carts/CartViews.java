package dev.ecommerce.cart.carts;

import java.util.List;

import dev.ecommerce.cart.api.CartItemResponse;
import dev.ecommerce.cart.api.CartResponse;
import dev.ecommerce.cart.api.ShippingAddress;
import dev.ecommerce.cart.basket.BasketItem;
import dev.ecommerce.cart.basket.BasketLine;
import dev.ecommerce.cart.basket.BasketPricing;
import dev.ecommerce.cart.basket.PricedBasket;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A cart as the shopper sees it: priced now, by the one basket calculation.
 */
@Component
class CartViews {

	private final BasketPricing pricing;

	CartViews(BasketPricing pricing) {
		this.pricing = pricing;
	}

	CartResponse of(Cart cart) {
		PricedBasket basket = price(cart, cart.couponCode());
		List<CartItemResponse> items = basket.items()
			.stream()
			.map((BasketItem item) -> new CartItemResponse(item.sku().sku(), item.sku().productId(), item.sku().name(),
					item.quantity(), item.sku().price(), item.lineTotal(), item.sku().availableUnits()))
			.toList();
		return new CartResponse(cart.id(), cart.userId(), null, cart.currency(), items, basket.coupon(),
				destination(cart), basket.totals(), basket.warnings(), cart.version(), cart.createdAt(),
				cart.updatedAt());
	}

	/**
	 * Prices the cart's lines with a coupon.
	 * @param cart the cart
	 * @param couponCode the coupon to try, or none
	 * @return the priced basket
	 */
	PricedBasket price(Cart cart, @Nullable String couponCode) {
		List<BasketLine> lines = cart.items()
			.stream()
			.map((item) -> new BasketLine(item.sku(), item.quantity(), item.seenPrice()))
			.toList();
		return this.pricing.price(cart.currency(), lines, couponCode, destination(cart), null, false);
	}

	private static @Nullable ShippingAddress destination(Cart cart) {
		return (cart.destinationCountry() != null)
				? ShippingAddress.country(cart.destinationCountry(), cart.destinationPostalCode()) : null;
	}

}
