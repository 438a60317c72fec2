package dev.ecommerce.inventory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Where a store is.
 *
 * @param line1 the street and number
 * @param line2 more of it, if needed
 * @param city the town or city
 * @param postalCode the postal code
 * @param country the ISO 3166-1 alpha-2 country code, such as {@code GB}
 */
public record Address(
		@NotBlank @Size(max = 200) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String line1,
		@Nullable @Size(max = 200) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String line2,
		@NotBlank @Size(max = 100) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String city,
		@NotBlank @Size(max = 20) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String postalCode,
		@NotBlank @Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 code such as GB") String country) {

}
