package dev.ecommerce.shipping.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a shipment's journey.
 *
 * @param status the status it reached
 * @param location where, if known
 * @param description what happened
 * @param at when
 */
public record TrackingEventResponse(ShipmentStatus status, @Nullable String location, @Nullable String description,
		Instant at) {

}
