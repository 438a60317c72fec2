package dev.ecommerce.platform.api;

import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * An amount of money in minor units of an ISO 4217 currency: {@code {"amount": 1299,
 * "currency": "GBP"}} is £12.99. Never a float. Arithmetic refuses to mix currencies and
 * to overflow, so a wrong total fails loudly instead of silently. It has no other getters
 * than its components, so that its JSON is exactly {@code {amount, currency}}.
 *
 * <p>
 * The amount may be zero (a free shipping rate, no discount); a request field that must
 * be positive says so with its own constraint.
 *
 * @param amount the amount in minor units (pence, cents)
 * @param currency the ISO 4217 code, such as {@code GBP}
 */
public record Money(@PositiveOrZero long amount,
		@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP") String currency) {

	public Money {
		Objects.requireNonNull(currency, "currency");
	}

	public static Money of(long amount, String currency) {
		return new Money(amount, currency);
	}

	public static Money zero(String currency) {
		return new Money(0, currency);
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(this.amount, sameCurrency(other).amount), this.currency);
	}

	/**
	 * This amount less another, never below zero.
	 * @param other the amount to take away, in the same currency
	 * @return the difference, or zero when {@code other} is larger
	 */
	public Money minusAtMostAll(Money other) {
		return new Money(Math.max(0, this.amount - sameCurrency(other).amount), this.currency);
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(this.amount, sameCurrency(other).amount), this.currency);
	}

	public Money times(long factor) {
		return new Money(Math.multiplyExact(this.amount, factor), this.currency);
	}

	public boolean isGreaterThan(Money other) {
		return this.amount > sameCurrency(other).amount;
	}

	private Money sameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException(
					"cannot combine " + this.currency + " with " + other.currency + " amounts");
		}
		return other;
	}

}
