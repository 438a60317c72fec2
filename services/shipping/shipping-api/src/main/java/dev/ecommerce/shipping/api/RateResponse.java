package dev.ecommerce.shipping.api;

import java.time.Instant;

import dev.ecommerce.platform.api.Money;

/**
 * A shipping rate: a price from one carrier's service for one parcel to one destination,
 * valid until {@code expiresAt}.
 *
 * @param rateId a signed token that carries the rate; it cannot be altered and expires
 * @param carrier the carrier's code
 * @param service the service's code
 * @param serviceName the service's name for people
 * @param amount the price
 * @param estimatedDays working days from dispatch to delivery
 * @param weightGrams the weight the price is for
 * @param country the destination country
 * @param expiresAt until when the rate may be taken
 */
public record RateResponse(String rateId, String carrier, String service, String serviceName, Money amount,
		int estimatedDays, long weightGrams, String country, Instant expiresAt) {

}
