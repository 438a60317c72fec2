package dev.ecommerce.shipping.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Where a parcel goes, as the order service sends it.
 *
 * @param fullName the recipient
 * @param line1 the first address line
 * @param line2 the second address line, if any
 * @param city the town or city
 * @param postalCode the postcode
 * @param country the ISO 3166-1 alpha-2 country code, such as {@code GB}
 * @param phone a phone number for the courier, if any
 */
public record ShippingAddress(@NotBlank @Size(max = 200) String fullName, @NotBlank @Size(max = 200) String line1,
		@Nullable @Size(max = 200) String line2, @NotBlank @Size(max = 100) String city,
		@NotBlank @Size(max = 20) String postalCode,
		@NotNull @Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 code such as GB") String country,
		@Nullable @Size(max = 40) String phone) {

}
