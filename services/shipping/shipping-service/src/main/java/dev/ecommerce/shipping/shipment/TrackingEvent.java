package dev.ecommerce.shipping.shipment;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.shipping.api.ShipmentStatus;
import dev.ecommerce.shipping.api.TrackingEventResponse;
import org.jspecify.annotations.Nullable;

/**
 * A step of a shipment's journey, as reported.
 *
 * @param source who reported it: {@code SYSTEM}, {@code CARRIER} or {@code ADMIN}
 */
record TrackingEvent(UUID id, UUID shipmentId, ShipmentStatus status, @Nullable String location,
		@Nullable String description, String source, Instant at, Instant recordedAt) {

	TrackingEventResponse toResponse() {
		return new TrackingEventResponse(this.status, this.location, this.description, this.at);
	}

}
