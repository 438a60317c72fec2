package dev.ecommerce.shipping.api;

import java.time.Instant;
import java.util.List;

/**
 * A carrier with its rate table.
 *
 * @param code the carrier's code
 * @param name its name
 * @param trackingUrl where a parcel is followed
 * @param active whether its services are offered
 * @param services its services and prices
 * @param zones where it delivers
 * @param version the version, for {@code If-Match}
 * @param updatedAt when the table last changed
 */
public record CarrierTableResponse(String code, String name, String trackingUrl, boolean active,
		List<CarrierTableRequest.Service> services, List<CarrierTableRequest.Zone> zones, long version,
		Instant updatedAt) {

}
