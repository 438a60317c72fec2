package dev.ecommerce.order.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.ecommerce.order.api.OrderTotals;
import dev.ecommerce.platform.api.Money;

/**
 * What a customer paid for some of an order's goods. Prices are net of tax and the
 * discount is taken off the whole basket (ADR 7), so the price of the lines as bought is
 * not what was paid for them: their share is their part of the total paid for the goods
 * (the total less the shipping and its tax), which carries the tax paid on them and takes
 * off their part of the discount, rounded half up to the minor unit once.
 */
final class PricePaid {

	private PricePaid() {
	}

	/**
	 * @param totals the order's totals
	 * @param goods the goods at their prices as bought (unit price × units)
	 * @return what was paid for them
	 */
	static Money of(OrderTotals totals, Money goods) {
		long subtotal = totals.subtotal().amount();
		long discounted = Math.max(0, subtotal - totals.discount().amount());
		long taxed = discounted + totals.shipping().amount();
		if (subtotal == 0 || taxed == 0) {
			return Money.zero(goods.currency());
		}
		BigDecimal share = BigDecimal.valueOf(totals.total().amount())
			.multiply(BigDecimal.valueOf(discounted))
			.multiply(BigDecimal.valueOf(goods.amount()));
		BigDecimal paid = share.divide(BigDecimal.valueOf(taxed).multiply(BigDecimal.valueOf(subtotal)), 0,
				RoundingMode.HALF_UP);
		return Money.of(paid.longValueExact(), goods.currency());
	}

}
