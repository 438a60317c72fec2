package dev.ecommerce.shipping.rates;

import java.util.List;

import dev.ecommerce.shipping.carrier.CarrierNetwork;
import dev.ecommerce.shipping.carrier.Consignment;
import dev.ecommerce.shipping.carrier.Offer;
import dev.ecommerce.shipping.carrier.ParcelQuery;
import dev.ecommerce.shipping.carrier.Purchase;
import dev.ecommerce.shipping.carrier.S10TrackingNumber;
import dev.ecommerce.shipping.carrier.Scan;
import dev.ecommerce.shipping.carrier.SenderProperties;

import org.springframework.stereotype.Component;

/**
 * The carriers of the built-in rate tables: priced from the tables, labels printed here
 * with S10 tracking numbers posted from the sender's country, journeys reported by the
 * carriers' webhooks.
 */
@Component
class TableRateNetwork implements CarrierNetwork {

	static final String NAME = "table";

	private final CarrierTables tables;

	private final SenderProperties sender;

	TableRateNetwork(CarrierTables tables, SenderProperties sender) {
		this.tables = tables;
		this.sender = sender;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Offer> offers(ParcelQuery parcel) {
		List<String> prefixes = Postcodes.prefixes(parcel.country(), parcel.postalCode(), "destination.postalCode");
		return this.tables.offers(parcel.country(), prefixes, parcel.weightGrams())
			.stream()
			.map((offer) -> new Offer(NAME, offer.carrier(), offer.service(), offer.serviceName(), offer.zone(),
					offer.price(), offer.estimatedDays(), null))
			.toList();
	}

	@Override
	public boolean delivers(Offer offer, String country, String postalCode) {
		List<String> prefixes = Postcodes.prefixes(country, postalCode, "address.postalCode");
		return this.tables.zoneOf(offer.carrier(), country, prefixes).filter(offer.zone()::equals).isPresent();
	}

	@Override
	public Purchase buy(Offer offer, Consignment consignment) {
		CarrierTables.TrackingStyle style = this.tables.trackingStyle(offer.carrier(), offer.service())
			.orElseThrow(() -> new IllegalStateException(
					"The service " + offer.carrier() + "/" + offer.service() + " is no longer in the rate tables"));
		String trackingNumber = S10TrackingNumber.of(style.prefix(), this.tables.nextSerial(), this.sender.country());
		return new Purchase(trackingNumber, style.urlTemplate().replace("{trackingNumber}", trackingNumber), null);
	}

	@Override
	public List<Scan> track(String trackingNumber) {
		return List.of();
	}

}
