package dev.ecommerce.shipping.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A shipment moved on (a carrier's scan or an admin's correction), or its label was
 * voided ({@code VOIDED}). Published on {@code shipping.events}, keyed by the shipment
 * id.
 *
 * @param shipmentId the shipment
 * @param orderId its order
 * @param trackingNumber the tracking number
 * @param status the status it reached
 * @param location where, if known
 * @param description what happened, if told
 * @param at when it happened
 */
public record ShipmentStatusChanged(UUID shipmentId, UUID orderId, String trackingNumber, ShipmentStatus status,
		@Nullable String location, @Nullable String description, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.shipping.ShipmentStatusChanged.v1";

}
