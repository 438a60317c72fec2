package dev.ecommerce.shipping.carrier.easypost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;

import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.shipping.api.ShipmentStatus;
import dev.ecommerce.shipping.api.ShippingAddress;
import dev.ecommerce.shipping.carrier.CarrierNetwork;
import dev.ecommerce.shipping.carrier.Consignment;
import dev.ecommerce.shipping.carrier.Offer;
import dev.ecommerce.shipping.carrier.ParcelQuery;
import dev.ecommerce.shipping.carrier.Purchase;
import dev.ecommerce.shipping.carrier.Scan;
import dev.ecommerce.shipping.carrier.SenderProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The carriers of an EasyPost-style API. A quote is a shipment created there for the
 * destination's postcode; buying creates the shipment again with the full addresses and
 * buys its rate of the same carrier and service (the price quoted to the shopper stands).
 * A failing API leaves the built-in carriers' quotes alone, but a label cannot be bought
 * without it.
 */
public class EasyPostNetwork implements CarrierNetwork {

	static final String NAME = "easypost";

	private static final Logger logger = LoggerFactory.getLogger(EasyPostNetwork.class);

	private static final double GRAMS_PER_OUNCE = 28.349523125;

	private final RestClient client;

	private final SenderProperties sender;

	public EasyPostNetwork(RestClient.Builder builder, EasyPostProperties properties, SenderProperties sender) {
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build());
		requestFactory.setReadTimeout(properties.readTimeout());
		this.client = builder.clone()
			.baseUrl(properties.url().toString())
			.requestFactory(requestFactory)
			.defaultHeaders((headers) -> headers.setBasicAuth(Objects.requireNonNullElse(properties.apiKey(), ""), ""))
			.build();
		this.sender = sender;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Offer> offers(ParcelQuery parcel) {
		EasyPostMessages.Address to = new EasyPostMessages.Address(null, null, null, null, parcel.postalCode(),
				parcel.country(), null);
		try {
			EasyPostMessages.CreatedShipment shipment = create(to, address(this.sender.address()),
					parcel.weightGrams());
			String zone = zoneOf(parcel.country(), parcel.postalCode());
			return shipment.rates()
				.stream()
				.map((rate) -> new Offer(NAME, rate.carrier(), rate.service(), rate.carrier() + " " + rate.service(),
						zone, money(rate.rate(), rate.currency()),
						(rate.deliveryDays() != null) ? rate.deliveryDays() : 0, shipment.id() + "/" + rate.id()))
				.toList();
		}
		catch (RestClientException ex) {
			logger.warn("The multi-carrier API gave no rates: {}", ex.getMessage());
			return List.of();
		}
	}

	@Override
	public boolean delivers(Offer offer, String country, String postalCode) {
		return offer.zone().equals(zoneOf(country, postalCode));
	}

	@Override
	public Purchase buy(Offer offer, Consignment consignment) {
		try {
			EasyPostMessages.Address from = address(
					(consignment.from() != null) ? consignment.from() : this.sender.address());
			EasyPostMessages.CreatedShipment shipment = create(address(consignment.to()), from,
					consignment.weightGrams());
			EasyPostMessages.Rate rate = shipment.rates()
				.stream()
				.filter((candidate) -> candidate.carrier().equals(offer.carrier())
						&& candidate.service().equals(offer.service()))
				.findFirst()
				.orElseThrow(() -> unavailable(offer.carrier() + " " + offer.service() + " is no longer offered"));
			EasyPostMessages.BoughtShipment bought = this.client.post()
				.uri("/shipments/{id}/buy", shipment.id())
				.body(new EasyPostMessages.BuyRequest(new EasyPostMessages.RateId(rate.id())))
				.retrieve()
				.body(EasyPostMessages.BoughtShipment.class);
			if (bought == null) {
				throw unavailable("no answer to the purchase");
			}
			String trackingUrl = (bought.tracker() != null && bought.tracker().publicUrl() != null)
					? bought.tracker().publicUrl() : "";
			String labelUrl = (bought.postageLabel() != null) ? bought.postageLabel().labelUrl() : null;
			return new Purchase(bought.trackingCode(), trackingUrl, labelUrl);
		}
		catch (RestClientException ex) {
			throw unavailable(ex.getMessage());
		}
	}

	@Override
	public List<Scan> track(String trackingNumber) {
		try {
			EasyPostMessages.Trackers found = this.client.get()
				.uri((uri) -> uri.path("/trackers").queryParam("tracking_code", trackingNumber).build())
				.retrieve()
				.body(EasyPostMessages.Trackers.class);
			if (found == null || found.trackers().isEmpty() || found.trackers().get(0).trackingDetails() == null) {
				return List.of();
			}
			return found.trackers()
				.get(0)
				.trackingDetails()
				.stream()
				.map((detail) -> new Scan(statusOf(detail.status()), location(detail.trackingLocation()),
						detail.message(), OffsetDateTime.parse(detail.datetime()).toInstant()))
				.sorted(java.util.Comparator.comparing(Scan::at))
				.toList();
		}
		catch (RestClientException ex) {
			throw unavailable(ex.getMessage());
		}
	}

	private EasyPostMessages.CreatedShipment create(EasyPostMessages.Address to, EasyPostMessages.Address from,
			long grams) {
		double ounces = Math.ceil(grams / GRAMS_PER_OUNCE * 10) / 10;
		EasyPostMessages.CreatedShipment shipment = this.client.post()
			.uri("/shipments")
			.body(new EasyPostMessages.ShipmentEnvelope(
					new EasyPostMessages.Shipment(to, from, new EasyPostMessages.Parcel(ounces))))
			.retrieve()
			.body(EasyPostMessages.CreatedShipment.class);
		if (shipment == null) {
			throw new RestClientException("no shipment in the answer");
		}
		return shipment;
	}

	/** The API's status names to the shipment's. */
	static ShipmentStatus statusOf(String status) {
		return switch (status) {
			case "pre_transit" -> ShipmentStatus.LABEL_CREATED;
			case "in_transit", "available_for_pickup" -> ShipmentStatus.IN_TRANSIT;
			case "out_for_delivery" -> ShipmentStatus.OUT_FOR_DELIVERY;
			case "delivered" -> ShipmentStatus.DELIVERED;
			case "return_to_sender" -> ShipmentStatus.RETURNED_TO_SENDER;
			default -> ShipmentStatus.EXCEPTION;
		};
	}

	/** A decimal price ({@code "7.58"}) in minor units of its currency. */
	static Money money(String amount, String currency) {
		int digits = Currency.getInstance(currency).getDefaultFractionDigits();
		long minor = new BigDecimal(amount).setScale(Math.max(digits, 0), RoundingMode.HALF_UP)
			.movePointRight(Math.max(digits, 0))
			.longValueExact();
		return Money.of(minor, currency);
	}

	private static String zoneOf(String country, String postalCode) {
		return country + ":" + postalCode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	private static EasyPostMessages.Address address(ShippingAddress address) {
		return new EasyPostMessages.Address(address.fullName(), address.line1(), address.line2(), address.city(),
				address.postalCode(), address.country(), address.phone());
	}

	private static @Nullable String location(EasyPostMessages.@Nullable Location location) {
		if (location == null) {
			return null;
		}
		String joined = Stream.of(location.city(), location.state(), location.country())
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining(", "));
		return joined.isEmpty() ? null : joined;
	}

	private static ProblemException unavailable(@Nullable String why) {
		return new ProblemException(HttpStatus.BAD_GATEWAY, ProblemTypes.of("carrier-unavailable"),
				"Carrier unavailable", "The multi-carrier API could not sell the label: " + why);
	}

}
