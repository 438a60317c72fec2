package dev.ecommerce.shipping.carrier;

import java.util.List;

/**
 * A source of shipping: the carriers of the built-in rate tables, or those reached
 * through a multi-carrier API. The rate quotes ask every network; a shipment buys its
 * label from the network its rate came from.
 */
public interface CarrierNetwork {

	/**
	 * Its name, carried in each rate id so that the label is bought where the rate was
	 * quoted.
	 * @return the name, such as {@code table}
	 */
	String name();

	/**
	 * What its carriers offer for a parcel.
	 * @param parcel where it goes and how heavy it is
	 * @return the offers, in no order; none when no carrier serves the destination
	 */
	List<Offer> offers(ParcelQuery parcel);

	/**
	 * Whether an address is still in the zone an offer was priced for, so that a rate for
	 * one area is not spent on a dearer one.
	 * @param offer the offer taken
	 * @param country the address's country
	 * @param postalCode the address's postcode
	 * @return whether the offer's price holds there
	 */
	boolean delivers(Offer offer, String country, String postalCode);

	/**
	 * Buys the label of an offer.
	 * @param offer the offer taken
	 * @param consignment what goes where
	 * @return the tracking number and where to follow it
	 */
	Purchase buy(Offer offer, Consignment consignment);

	/**
	 * What the carrier knows of a parcel's journey, for networks that are asked rather
	 * than calling back.
	 * @param trackingNumber the tracking number
	 * @return its scans, oldest first; none when the carrier reports by webhook
	 */
	List<Scan> track(String trackingNumber);

}
