package dev.ecommerce.shipping.carrier;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a carrier's service costs for one parcel to one zone.
 *
 * @param network the network that quoted it
 * @param carrier the carrier's code
 * @param service the service's code
 * @param serviceName the service's name for people
 * @param zone the zone the price is for
 * @param price the price
 * @param estimatedDays working days to deliver
 * @param reference the network's own id of the offer, if it needs one to buy it
 */
public record Offer(String network, String carrier, String service, String serviceName, String zone, Money price,
		int estimatedDays, @Nullable String reference) {

}
