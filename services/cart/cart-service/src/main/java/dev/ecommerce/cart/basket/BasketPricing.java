package dev.ecommerce.cart.basket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.cart.api.AppliedCoupon;
import dev.ecommerce.cart.api.CartWarning;
import dev.ecommerce.cart.api.ShippingAddress;
import dev.ecommerce.cart.api.Totals;
import dev.ecommerce.cart.catalog.Catalog;
import dev.ecommerce.cart.catalog.CatalogSku;
import dev.ecommerce.cart.coupon.CouponCheck;
import dev.ecommerce.cart.coupon.CouponDirectory;
import dev.ecommerce.cart.pricing.PriceCalculator;
import dev.ecommerce.cart.pricing.PricedLine;
import dev.ecommerce.cart.pricing.Pricing;
import dev.ecommerce.cart.shipping.ShippingQuote;
import dev.ecommerce.cart.shipping.ShippingRates;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Prices any basket — a cart's lines or an order's quote — from the catalog's current
 * prices, the coupon, the shipping service's rate and the tax table, in one way
 * ({@link PriceCalculator}), with the warnings a shopper needs. Runs outside any
 * transaction: it may call other services.
 */
@Component
public class BasketPricing {

	private final Catalog catalog;

	private final CouponDirectory coupons;

	private final ShippingRates shippingRates;

	private final PriceCalculator calculator;

	BasketPricing(Catalog catalog, CouponDirectory coupons, ShippingRates shippingRates, PriceCalculator calculator) {
		this.catalog = catalog;
		this.coupons = coupons;
		this.shippingRates = shippingRates;
		this.calculator = calculator;
	}

	/**
	 * Prices a basket.
	 * @param currency its currency
	 * @param lines its lines, each SKU once
	 * @param couponCode a coupon, if any
	 * @param destination where it goes, if known
	 * @param rateId a shipping rate chosen, if any
	 * @param strict {@code true} for a quote: a SKU that cannot be bought is an error
	 * (404, or 409 for another currency); {@code false} for a cart: it is left out of the
	 * totals with a warning
	 * @return the priced basket
	 */
	public PricedBasket price(String currency, List<BasketLine> lines, @Nullable String couponCode,
			@Nullable ShippingAddress destination, @Nullable String rateId, boolean strict) {
		return price(currency, lines, couponCode, destination, rateId, strict, null);
	}

	/**
	 * Prices a basket for an order: a coupon that applies is held for the order.
	 * @param currency its currency
	 * @param lines its lines, each SKU once
	 * @param couponCode a coupon, if any
	 * @param destination where it goes, if known
	 * @param rateId a shipping rate chosen, if any
	 * @param strict whether a SKU that cannot be bought is an error
	 * @param orderId the order, if the basket is one
	 * @return the priced basket
	 */
	public PricedBasket price(String currency, List<BasketLine> lines, @Nullable String couponCode,
			@Nullable ShippingAddress destination, @Nullable String rateId, boolean strict, @Nullable UUID orderId) {
		Map<String, CatalogSku> known = this.catalog.skus(lines.stream().map(BasketLine::sku).toList());
		List<CartWarning> warnings = new ArrayList<>();
		List<BasketItem> items = new ArrayList<>();
		for (BasketLine line : lines) {
			CatalogSku sku = known.get(line.sku());
			if (sku == null || !sku.sellable()) {
				if (strict) {
					throw new NotFoundException("No product on sale has the SKU " + line.sku() + ".");
				}
				warnings.add(new CartWarning("NO_LONGER_SOLD", "This item is no longer sold and is not counted.",
						line.sku(), null, null, null, null));
				continue;
			}
			if (!sku.price().currency().equals(currency)) {
				if (strict) {
					throw otherCurrency(line.sku(), currency);
				}
				warnings.add(new CartWarning("NO_LONGER_SOLD", "This item is not sold in " + currency + ".", line.sku(),
						null, null, null, null));
				continue;
			}
			items.add(new BasketItem(sku, line.quantity(), sku.price().times(line.quantity())));
			stockWarnings(sku, line.quantity(), warnings);
			if (line.seenPrice() != null && !line.seenPrice().equals(sku.price())) {
				warnings.add(new CartWarning("PRICE_CHANGED", "The price changed since the item was added.", line.sku(),
						line.seenPrice(), sku.price(), null, null));
			}
		}
		CouponCheck coupon = (couponCode == null) ? null : (orderId != null)
				? this.coupons.hold(couponCode, currency, orderId) : this.coupons.check(couponCode, currency);
		ShippingQuote shipping = items.isEmpty() ? new ShippingQuote(null, null)
				: this.shippingRates.quote(destination, units(items), currency, rateId);
		if (shipping.warning() != null) {
			warnings.add(shipping.warning());
		}
		Pricing pricing = this.calculator.price(currency,
				items.stream()
					.map((item) -> new PricedLine(item.sku().sku(), item.sku().price(), item.quantity()))
					.toList(),
				(coupon != null) ? coupon.terms() : null,
				(shipping.option() != null) ? shipping.option().amount() : null,
				(destination != null) ? destination.country() : null);
		AppliedCoupon applied = null;
		if (coupon != null) {
			String refusal = (coupon.refusal() != null) ? coupon.refusal() : pricing.couponRefusal();
			applied = new AppliedCoupon(coupon.code(), coupon.type(), refusal == null && pricing.couponApplied(),
					refusal);
			if (refusal != null && orderId != null) {
				this.coupons.release(orderId);
			}
			if (refusal != null) {
				warnings.add(new CartWarning("COUPON_NOT_APPLICABLE", "The coupon does not apply: " + refusal + ".",
						null, null, null, null, coupon.code()));
			}
		}
		Totals totals = new Totals(pricing.subtotal(), pricing.discount(), pricing.shipping(), pricing.tax(),
				pricing.total());
		return new PricedBasket(currency, items, applied, shipping.option(), totals, warnings);
	}

	private static void stockWarnings(CatalogSku sku, int quantity, List<CartWarning> warnings) {
		if (sku.available() == null) {
			return;
		}
		if (sku.available() == 0) {
			warnings.add(new CartWarning("OUT_OF_STOCK", "This item is out of stock.", sku.sku(), null, null, 0, null));
		}
		else if (quantity > sku.available()) {
			warnings.add(new CartWarning("NOT_ENOUGH_STOCK", "Only " + sku.available() + " of this item are available.",
					sku.sku(), null, null, sku.available(), null));
		}
	}

	private static Map<String, Integer> units(List<BasketItem> items) {
		Map<String, Integer> units = new LinkedHashMap<>();
		items.forEach((item) -> units.put(item.sku().sku(), item.quantity()));
		return units;
	}

	static ConflictException otherCurrency(String sku, String currency) {
		return new ConflictException(ProblemTypes.of("currency-mismatch"), "Other currency",
				"The SKU " + sku + " is not sold in " + currency + ".");
	}

}
