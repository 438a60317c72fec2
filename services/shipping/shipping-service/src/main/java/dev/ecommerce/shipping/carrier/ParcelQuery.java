package dev.ecommerce.shipping.carrier;

/**
 * A parcel to be priced.
 *
 * @param country the destination's ISO 3166-1 alpha-2 code
 * @param postalCode the destination's postcode
 * @param weightGrams its weight
 */
public record ParcelQuery(String country, String postalCode, long weightGrams) {

}
