package dev.ecommerce.platform.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MoneyTests {

	@Test
	void addsSubtractsAndMultipliesInMinorUnits() {
		Money price = Money.of(1299, "GBP");
		assertThat(price.times(3)).isEqualTo(Money.of(3897, "GBP"));
		assertThat(price.plus(Money.of(1, "GBP"))).isEqualTo(Money.of(1300, "GBP"));
		assertThat(price.minus(Money.of(299, "GBP"))).isEqualTo(Money.of(1000, "GBP"));
		assertThat(price.minusAtMostAll(Money.of(5000, "GBP"))).isEqualTo(Money.zero("GBP"));
		assertThat(Money.zero("GBP").amount()).isZero();
		assertThat(price.isGreaterThan(Money.of(1298, "GBP"))).isTrue();
	}

	@Test
	void refusesToMixCurrencies() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> Money.of(100, "GBP").plus(Money.of(100, "EUR")))
			.withMessage("cannot combine GBP with EUR amounts");
	}

	@Test
	void refusesToOverflow() {
		assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.of(Long.MAX_VALUE, "GBP").times(2));
	}

}
