package dev.ecommerce.cart.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.ecommerce.cart.api.CouponType;
import dev.ecommerce.platform.api.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Totals to the minor unit, with the one rounding rule: a percentage discount and the tax
 * are each rounded half up once, on the whole basket.
 */
class PriceCalculatorTests {

	private final PriceCalculator calculator = new PriceCalculator(new TaxProperties(null, null));

	private static List<PricedLine> lines(long... pricesAndQuantities) {
		java.util.ArrayList<PricedLine> lines = new java.util.ArrayList<>();
		for (int i = 0; i < pricesAndQuantities.length; i += 2) {
			lines.add(new PricedLine("SKU-" + i, gbp(pricesAndQuantities[i]), (int) pricesAndQuantities[i + 1]));
		}
		return lines;
	}

	private static Money gbp(long pence) {
		return Money.of(pence, "GBP");
	}

	private static String totals(Pricing p) {
		return p.subtotal().amount() + " - " + p.discount().amount() + " + " + p.shipping().amount() + " + "
				+ p.tax().amount() + " = " + p.total().amount();
	}

	@Test
	void aBasketWithoutCouponIsItsLinesPlusShippingPlusTheDestinationsTax() {
		// 2 × 12.99 + 1 × 4.50 = 30.48; + 3.99 shipping = 34.47; 20 % VAT = 6.894 → 6.89
		Pricing p = this.calculator.price("GBP", lines(1299, 2, 450, 1), null, gbp(399), "GB");
		assertThat(totals(p)).isEqualTo("3048 - 0 + 399 + 689 = 4136");
	}

	@Test
	void aPercentageThatDoesNotDivideEvenlyIsRoundedHalfUpOnce() {
		// 15 % of 9.99 = 1.4985 → 1.50; taxable 8.49; 19 % (DE) = 1.6131 → 1.61
		Pricing p = this.calculator.price("GBP", lines(333, 3), new CouponTerms("P15", CouponType.PERCENT, 15, null),
				null, "DE");
		assertThat(totals(p)).isEqualTo("999 - 150 + 0 + 161 = 1010");
		// 10 % of 0.05 = 0.005 → 0.01 (half up), 10 % of 0.04 = 0.004 → 0.00
		assertThat(this.calculator
			.price("GBP", lines(5, 1), new CouponTerms("P10", CouponType.PERCENT, 10, null), null, "US")
			.discount()
			.amount()).isEqualTo(1);
		assertThat(this.calculator
			.price("GBP", lines(4, 1), new CouponTerms("P10", CouponType.PERCENT, 10, null), null, "US")
			.discount()
			.amount()).isEqualTo(0);
	}

	@Test
	void aCouponLargerThanTheSubtotalTakesOffOnlyTheSubtotalAndShippingIsStillPaid() {
		Pricing p = this.calculator.price("GBP", lines(1999, 1), new CouponTerms("BIG", CouponType.FIXED, 5000, null),
				gbp(500), "GB");
		// taxable = 0 + 5.00 shipping; 20 % = 1.00
		assertThat(totals(p)).isEqualTo("1999 - 1999 + 500 + 100 = 600");
		assertThat(p.couponApplied()).isTrue();
	}

	@Test
	void aHundredPercentCouponMakesTheGoodsFree() {
		Pricing p = this.calculator.price("GBP", lines(1234, 3), new CouponTerms("ALL", CouponType.PERCENT, 100, null),
				null, "GB");
		assertThat(totals(p)).isEqualTo("3702 - 3702 + 0 + 0 = 0");
	}

	@Test
	void freeShippingWaivesTheRateAndTheTaxOnIt() {
		Pricing p = this.calculator.price("GBP", lines(1000, 1),
				new CouponTerms("FREESHIP", CouponType.FREE_SHIPPING, 0, null), gbp(499), "GB");
		assertThat(totals(p)).isEqualTo("1000 - 0 + 0 + 200 = 1200");
	}

	@Test
	void aCouponBelowItsMinimumSubtotalTakesNothingOffAndSaysWhy() {
		CouponTerms save5 = new CouponTerms("SAVE5", CouponType.FIXED, 500, gbp(2500));
		Pricing below = this.calculator.price("GBP", lines(2499, 1), save5, null, "US");
		assertThat(totals(below)).isEqualTo("2499 - 0 + 0 + 0 = 2499");
		assertThat(below.couponApplied()).isFalse();
		assertThat(below.couponRefusal()).contains("minimum");
		Pricing at = this.calculator.price("GBP", lines(2500, 1), save5, null, "US");
		assertThat(totals(at)).isEqualTo("2500 - 500 + 0 + 0 = 2000");
	}

	@Test
	void withoutDestinationTheHomeCountrysRateAppliesAndACountryOutsideTheTableIsNotTaxed() {
		assertThat(this.calculator.price("GBP", lines(1001, 1), null, null, null).tax().amount()).isEqualTo(200);
		assertThat(this.calculator.price("GBP", lines(1001, 1), null, null, "JP").tax().amount()).isEqualTo(0);
		// 23 % of 10.01 = 2.3023 → 2.30; 23 % of 10.50 = 2.415 → 2.42 (half up)
		assertThat(this.calculator.price("GBP", lines(1001, 1), null, null, "IE").tax().amount()).isEqualTo(230);
		assertThat(this.calculator.price("GBP", lines(1050, 1), null, null, "IE").tax().amount()).isEqualTo(242);
	}

	@Test
	void theTaxTableIsConfigurableWithFractionalRatesOnTopOfTheDefaults() {
		PriceCalculator configured = new PriceCalculator(
				new TaxProperties(Map.of("gb", new BigDecimal("17.5"), "CH", new BigDecimal("8.1")), "CH"));
		// 17.5 % of 1.00 = 0.175 → 0.18; 8.1 % of 1.00 = 0.081 → 0.08 (home: CH); DE
		// default kept
		assertThat(configured.price("GBP", lines(100, 1), null, null, "GB").tax().amount()).isEqualTo(18);
		assertThat(configured.price("GBP", lines(100, 1), null, null, null).tax().amount()).isEqualTo(8);
		assertThat(configured.price("GBP", lines(100, 1), null, null, "DE").tax().amount()).isEqualTo(19);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TaxProperties(Map.of("GB", new BigDecimal("-1")), null));
	}

	@Test
	void anEmptyBasketCostsNothing() {
		assertThat(totals(this.calculator.price("GBP", List.of(), null, null, "GB"))).isEqualTo("0 - 0 + 0 + 0 = 0");
	}

	@Test
	void aLineInAnotherCurrencyIsRefusedRatherThanAddedUp() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.calculator.price("GBP",
				List.of(new PricedLine("A", Money.of(100, "EUR"), 1)), null, null, "GB"));
	}

}
