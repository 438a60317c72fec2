package dev.ecommerce.order.returns;

import dev.ecommerce.order.api.OrderTotals;
import dev.ecommerce.platform.api.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PricePaidTests {

	@Test
	void aUnitReturnedIsWorthItsPriceWithTheTaxPaidOnIt() {
		// 2 × £12.50 + £3.95 shipping, 20 % VAT on both: £34.74
		OrderTotals totals = totals(2500, 0, 395, 579);

		assertThat(PricePaid.of(totals, gbp(1250))).isEqualTo(gbp(1500));
		assertThat(PricePaid.of(totals, gbp(2500))).as("the shipping and its tax are kept").isEqualTo(gbp(3000));
	}

	@Test
	void aUnitReturnedGivesBackItsPartOfTheDiscount() {
		// 2 × £10.00 less 10 %, £3.95 shipping, 20 % VAT: £26.34
		OrderTotals totals = totals(2000, 200, 395, 439);

		assertThat(PricePaid.of(totals, gbp(1000))).as("(£10.00 − £1.00) × 1.2").isEqualTo(gbp(1080));
	}

	@Test
	void theShareIsRoundedHalfUpOnceToThePenny() {
		// 3 × £3.33 + £2.99 shipping, 20 % VAT of £12.98 = £2.596 → £2.60: £15.58
		OrderTotals totals = totals(999, 0, 299, 260);

		// 1558 × 333 / 1298 = 399.70…
		assertThat(PricePaid.of(totals, gbp(333))).isEqualTo(gbp(400));
	}

	@Test
	void nothingPaidForTheGoodsGivesNothingBack() {
		OrderTotals free = totals(1000, 1000, 0, 0);

		assertThat(PricePaid.of(free, gbp(1000))).isEqualTo(gbp(0));
	}

	private static OrderTotals totals(long subtotal, long discount, long shipping, long tax) {
		return new OrderTotals(gbp(subtotal), gbp(discount), gbp(shipping), gbp(tax),
				gbp(subtotal - discount + shipping + tax));
	}

	private static Money gbp(long amount) {
		return Money.of(amount, "GBP");
	}

}
