package dev.ecommerce.cart.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import dev.ecommerce.cart.api.CouponType;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The one calculation of a basket's totals (ADR 0007). Everything is in minor units; the
 * two amounts that are fractions of another, a percentage discount and the tax, are each
 * computed exactly once on the whole basket and rounded half up to the minor unit.
 * <ul>
 * <li>{@code subtotal} = Σ unit price × quantity</li>
 * <li>{@code discount}: {@code PERCENT} → round(subtotal × value / 100); {@code FIXED} →
 * value; both at most the subtotal; {@code FREE_SHIPPING} → 0, and shipping becomes 0;
 * nothing when the subtotal is below the coupon's minimum</li>
 * <li>{@code tax} = round((subtotal − discount + shipping) × rate / 100), the rate of the
 * destination's country (the home country's without one)</li>
 * <li>{@code total} = subtotal − discount + shipping + tax</li>
 * </ul>
 */
@Component
public class PriceCalculator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final TaxProperties taxes;

	public PriceCalculator(TaxProperties taxes) {
		this.taxes = taxes;
	}

	/**
	 * Prices a basket.
	 * @param currency the basket's currency
	 * @param lines its lines, each in that currency
	 * @param coupon the coupon's terms, if a valid coupon is given
	 * @param shipping the shipping rate, or {@code null} when not known (counted as 0)
	 * @param country the destination's country, or {@code null} when not known
	 * @return the totals
	 */
	public Pricing price(String currency, List<PricedLine> lines, @Nullable CouponTerms coupon,
			@Nullable Money shipping, @Nullable String country) {
		Money subtotal = Money.zero(currency);
		for (PricedLine line : lines) {
			subtotal = subtotal.plus(line.lineTotal());
		}
		Money shippingCost = (shipping != null) ? shipping : Money.zero(currency);
		Money discount = Money.zero(currency);
		boolean applied = false;
		String refusal = null;
		if (coupon != null) {
			if (coupon.minSubtotal() != null && coupon.minSubtotal().isGreaterThan(subtotal)) {
				refusal = "the subtotal is below the coupon's minimum of " + coupon.minSubtotal().amount() + " "
						+ currency + " minor units";
			}
			else {
				applied = true;
				discount = discountOf(coupon, subtotal);
				if (coupon.type() == CouponType.FREE_SHIPPING) {
					shippingCost = Money.zero(currency);
				}
			}
		}
		Money taxable = subtotal.minus(discount).plus(shippingCost);
		Money tax = Money.of(percentOf(taxable.amount(), this.taxes.rateOf(country)), currency);
		Money total = taxable.plus(tax);
		return new Pricing(subtotal, discount, shippingCost, tax, total, applied, refusal);
	}

	private static Money discountOf(CouponTerms coupon, Money subtotal) {
		long off = switch (coupon.type()) {
			case PERCENT -> percentOf(subtotal.amount(), BigDecimal.valueOf(coupon.value()));
			case FIXED -> coupon.value();
			case FREE_SHIPPING -> 0;
		};
		return Money.of(Math.min(off, subtotal.amount()), subtotal.currency());
	}

	/**
	 * A percentage of an amount in minor units, rounded half up: the one rounding rule.
	 * @param amount minor units, not negative
	 * @param percent the percentage
	 * @return the rounded share
	 */
	static long percentOf(long amount, BigDecimal percent) {
		return BigDecimal.valueOf(amount)
			.multiply(percent)
			.divide(HUNDRED)
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
	}

}
