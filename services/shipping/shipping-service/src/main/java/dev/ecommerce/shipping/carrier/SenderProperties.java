package dev.ecommerce.shipping.carrier;

import dev.ecommerce.shipping.api.ShippingAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where parcels are sent from ({@code shipping.sender.*}): the return address on the
 * labels, and the country of posting in S10 tracking numbers.
 *
 * @param name the sender's name
 * @param line1 the first address line
 * @param line2 the second address line, or empty
 * @param city the town
 * @param postalCode the postcode
 * @param country the ISO 3166-1 alpha-2 code
 */
@ConfigurationProperties("shipping.sender")
@Validated
public record SenderProperties(@DefaultValue("Ecommerce Dispatch") @NotBlank String name,
		@DefaultValue("Unit 4, Riverside Park") @NotBlank String line1, @DefaultValue("") String line2,
		@DefaultValue("Birmingham") @NotBlank String city, @DefaultValue("B6 7EU") @NotBlank String postalCode,
		@DefaultValue("GB") @Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 code such as GB") String country) {

	public ShippingAddress address() {
		return new ShippingAddress(this.name, this.line1, this.line2.isBlank() ? null : this.line2, this.city,
				this.postalCode, this.country, null);
	}

}
