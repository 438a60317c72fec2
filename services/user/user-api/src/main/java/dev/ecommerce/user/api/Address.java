package dev.ecommerce.user.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An address of a user's address book.
 *
 * @param label what the user calls it ("home", "work"), if anything
 * @param line1 the street and number
 * @param line2 the flat, building, if any
 * @param city the city or town
 * @param postalCode the postal code
 * @param country the ISO 3166-1 alpha-2 code, such as {@code GB}
 * @param isDefault whether orders go here unless told otherwise; one address at most
 * (missing is {@code false})
 */
public record Address(@Nullable @Size(max = 50) String label, @NotBlank @Size(max = 200) String line1,
		@Nullable @Size(max = 200) String line2, @NotBlank @Size(max = 100) String city,
		@NotBlank @Size(max = 20) String postalCode,
		@NotNull @Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 code such as GB") String country,
		@Nullable Boolean isDefault) {

}
