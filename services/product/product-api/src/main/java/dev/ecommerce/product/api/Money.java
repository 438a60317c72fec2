package dev.ecommerce.product.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * An amount of money in minor units of an ISO 4217 currency: {@code {"amount": 1299,
 * "currency": "GBP"}} is £12.99. Never a float.
 *
 * @param amount the amount in minor units (pence, cents)
 * @param currency the ISO 4217 code, such as {@code GBP}
 */
public record Money(@Positive long amount,
		@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP") String currency) {

	public static Money of(long amount, String currency) {
		return new Money(amount, currency);
	}

}
