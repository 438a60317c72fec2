package dev.ecommerce.shipping.api;

import java.util.List;

/**
 * What anyone with the tracking number may see ({@code GET /shippings/tracking/{n}}): no
 * address, no order.
 *
 * @param trackingNumber the tracking number
 * @param carrier the carrier's code
 * @param service the service's code
 * @param status where it is now
 * @param events its journey, oldest first
 */
public record TrackingResponse(String trackingNumber, String carrier, String service, ShipmentStatus status,
		List<TrackingEventResponse> events) {

}
