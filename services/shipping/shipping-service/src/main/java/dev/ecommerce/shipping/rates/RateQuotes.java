package dev.ecommerce.shipping.rates;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.shipping.api.RateRequest;
import dev.ecommerce.shipping.api.RateResponse;
import dev.ecommerce.shipping.carrier.CarrierNetwork;
import dev.ecommerce.shipping.carrier.Offer;
import dev.ecommerce.shipping.carrier.ParcelQuery;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Quotes the rates of every carrier network for a basket to a destination, each with a
 * signed rate id that expires, and reads rate ids back.
 */
@Service
public class RateQuotes {

	private final ParcelWeights weights;

	private final List<CarrierNetwork> networks;

	private final CarrierTables tables;

	private final RateIds rateIds;

	private final RateProperties properties;

	private final Clock clock;

	RateQuotes(ParcelWeights weights, List<CarrierNetwork> networks, CarrierTables tables, RateIds rateIds,
			RateProperties properties, Clock clock) {
		this.weights = weights;
		this.networks = networks;
		this.tables = tables;
		this.rateIds = rateIds;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The rates for a basket, cheapest first.
	 * @param request the destination and the items
	 * @return the rates
	 * @throws ProblemException 422 when no carrier serves the destination or takes the
	 * weight
	 */
	// no transaction: the product service is asked while no connection is held
	public List<RateResponse> quote(RateRequest request) {
		String country = request.destination().country();
		String postalCode = request.destination().postalCode();
		// a malformed postcode is refused before the product service is asked anything
		List<String> prefixes = Postcodes.prefixes(country, postalCode, "destination.postalCode");
		long weight = this.weights.of(request.items());
		ParcelQuery parcel = new ParcelQuery(country, postalCode, weight);
		List<Offer> offers = this.networks.stream().flatMap((network) -> network.offers(parcel).stream()).toList();
		if (offers.isEmpty()) {
			throw this.tables.serves(country, prefixes) ? tooHeavy(weight) : notServed(country, postalCode);
		}
		Instant expiresAt = this.clock.instant().plus(this.properties.validity()).truncatedTo(ChronoUnit.SECONDS);
		return offers.stream()
			.sorted(Comparator.comparingLong((Offer offer) -> offer.price().amount())
				.thenComparingInt(Offer::estimatedDays)
				.thenComparing(Offer::carrier)
				.thenComparing(Offer::service))
			.map((offer) -> {
				RateClaims claims = RateClaims.of(offer, weight, country, expiresAt);
				return claims.toResponse(this.rateIds.sign(claims));
			})
			.toList();
	}

	/**
	 * A quoted rate again, for the checkout to check the price it was shown.
	 * @param rateId the rate id
	 * @return the rate
	 * @throws NotFoundException when the id was forged, altered or malformed
	 * @throws ProblemException 410 when it has expired
	 */
	public RateResponse rate(String rateId) {
		RateClaims claims = claims(rateId);
		if (!claims.expiresAt().isAfter(this.clock.instant())) {
			throw new ProblemException(HttpStatus.GONE, ProblemTypes.of("rate-expired"), "Rate expired",
					"The rate expired at " + claims.expiresAt() + "; ask for rates again.");
		}
		return claims.toResponse(rateId);
	}

	/**
	 * The claims of a rate id signed here, expired or not.
	 * @param rateId the rate id
	 * @return its claims
	 * @throws NotFoundException when the id was forged, altered or malformed
	 */
	public RateClaims claims(String rateId) {
		return this.rateIds.read(rateId).orElseThrow(() -> new NotFoundException("No such rate."));
	}

	/**
	 * A carrier network by the name a rate id carries.
	 * @param name its name
	 * @return the network
	 */
	public CarrierNetwork network(String name) {
		Map<String, CarrierNetwork> byName = this.networks.stream()
			.collect(Collectors.toMap(CarrierNetwork::name, Function.identity()));
		CarrierNetwork network = byName.get(name);
		if (network == null) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of("carrier-unavailable"),
					"Carrier unavailable", "The carrier network '" + name + "' is not enabled.");
		}
		return network;
	}

	private static ProblemException notServed(String country, String postalCode) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of("destination-not-served"),
				"Destination not served", "No carrier delivers to " + postalCode.strip() + ", " + country + ".",
				Map.of("country", country, "postalCode", postalCode.strip()));
	}

	private static ProblemException tooHeavy(long weight) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of("parcel-too-heavy"),
				"Parcel too heavy", "No carrier to this destination takes a parcel of " + weight + " g.",
				Map.of("weightGrams", weight));
	}

}
