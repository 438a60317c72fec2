package dev.ecommerce.shipping.rates;

import java.time.Instant;

import dev.ecommerce.platform.api.Money;
import dev.ecommerce.shipping.api.RateResponse;
import dev.ecommerce.shipping.carrier.Offer;
import org.jspecify.annotations.Nullable;

/**
 * What a rate id carries, signed: the offer, the parcel it is for and until when.
 *
 * @param network the network that quoted it
 * @param carrier the carrier
 * @param service the service
 * @param serviceName the service's name
 * @param zone the zone the price is for
 * @param amount the price in minor units
 * @param currency the price's currency
 * @param estimatedDays working days to deliver
 * @param weightGrams the weight priced
 * @param country the destination country
 * @param reference the network's own id of the offer
 * @param expiresAt until when it may be taken
 */
public record RateClaims(String network, String carrier, String service, String serviceName, String zone, long amount,
		String currency, int estimatedDays, long weightGrams, String country, @Nullable String reference,
		Instant expiresAt) {

	static RateClaims of(Offer offer, long weightGrams, String country, Instant expiresAt) {
		return new RateClaims(offer.network(), offer.carrier(), offer.service(), offer.serviceName(), offer.zone(),
				offer.price().amount(), offer.price().currency(), offer.estimatedDays(), weightGrams, country,
				offer.reference(), expiresAt);
	}

	public Money price() {
		return Money.of(this.amount, this.currency);
	}

	public Offer offer() {
		return new Offer(this.network, this.carrier, this.service, this.serviceName, this.zone, price(),
				this.estimatedDays, this.reference);
	}

	RateResponse toResponse(String rateId) {
		return new RateResponse(rateId, this.carrier, this.service, this.serviceName, price(), this.estimatedDays,
				this.weightGrams, this.country, this.expiresAt);
	}

}
