package dev.ecommerce.cart.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Where a basket goes: the country decides the tax, the whole address the shipping rates.
 * A cart may know only the country and postal code; an order's quote carries the full
 * address.
 *
 * @param fullName who receives it
 * @param line1 street and number
 * @param line2 more of the address
 * @param city the town
 * @param postalCode the postal code
 * @param country ISO 3166-1 alpha-2
 * @param phone a number the carrier may call
 */
public record ShippingAddress(
		@Nullable @Size(max = 200) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String fullName,
		@Nullable @Size(max = 200) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String line1,
		@Nullable @Size(max = 200) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String line2,
		@Nullable @Size(max = 100) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String city,
		@Nullable @Size(max = 20) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String postalCode,
		@NotBlank @Pattern(regexp = Texts.COUNTRY, message = Texts.COUNTRY_MESSAGE) String country,
		@Nullable @Size(max = 40) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String phone) {

	public static ShippingAddress country(String country, @Nullable String postalCode) {
		return new ShippingAddress(null, null, null, null, postalCode, country, null);
	}

}
