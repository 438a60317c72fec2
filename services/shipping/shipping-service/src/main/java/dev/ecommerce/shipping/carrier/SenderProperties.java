package dev.ecommerce.shipping.carrier;

import dev.ecommerce.shipping.api.ShippingAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
public record SenderProperties(@DefaultValue("Ecommerce Dispatch") String name,
		@DefaultValue("Unit 4, Riverside Park") String line1, @DefaultValue("") String line2,
		@DefaultValue("Birmingham") String city, @DefaultValue("B6 7EU") String postalCode,
		@DefaultValue("GB") String country) {

	public ShippingAddress address() {
		return new ShippingAddress(this.name, this.line1, this.line2.isBlank() ? null : this.line2, this.city,
				this.postalCode, this.country, null);
	}

}
