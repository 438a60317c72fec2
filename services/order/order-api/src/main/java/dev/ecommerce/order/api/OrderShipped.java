package dev.ecommerce.order.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An order's shipment was picked up by the carrier. Published on {@code order.events},
 * keyed by the order id.
 *
 * @param orderId the order
 * @param number the order's human number
 * @param userId the customer
 * @param shipmentId the shipment
 * @param trackingNumber the carrier's tracking number
 * @param at when it happened
 */
public record OrderShipped(UUID orderId, String number, UUID userId, UUID shipmentId, String trackingNumber,
		Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.order.OrderShipped.v1";

}
