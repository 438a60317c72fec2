package dev.ecommerce.order.api;

import org.jspecify.annotations.Nullable;

/**
 * Where an order goes.
 *
 * @param fullName the recipient
 * @param line1 the first address line
 * @param line2 the second address line, if any
 * @param city the city
 * @param postalCode the postal code
 * @param country the ISO 3166-1 alpha-2 country code
 * @param phone a phone number for the carrier, if any
 */
public record ShippingAddress(String fullName, String line1, @Nullable String line2, String city, String postalCode,
		String country, @Nullable String phone) {

}
