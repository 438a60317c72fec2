package dev.ecommerce.shipping.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a quote is for: the country and the postcode decide the zone. A full
 * {@link ShippingAddress} may be sent; its other members are ignored.
 *
 * @param country the ISO 3166-1 alpha-2 country code
 * @param postalCode the postcode
 */
public record Destination(
		@NotNull @Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 code such as GB") String country,
		@NotBlank @Size(max = 20) String postalCode) {

}
