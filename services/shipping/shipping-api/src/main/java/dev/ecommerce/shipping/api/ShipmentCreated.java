package dev.ecommerce.shipping.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A shipment was created for an order and its label is ready. Published on
 * {@code shipping.events}, keyed by the shipment id.
 *
 * @param shipmentId the shipment
 * @param orderId its order
 * @param carrier the carrier's code
 * @param service the service's code
 * @param trackingNumber the tracking number
 * @param trackingUrl where the shopper follows it
 * @param at when it happened
 */
public record ShipmentCreated(UUID shipmentId, UUID orderId, String carrier, String service, String trackingNumber,
		String trackingUrl, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.shipping.ShipmentCreated.v1";

}
