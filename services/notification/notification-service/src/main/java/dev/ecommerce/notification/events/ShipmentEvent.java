package dev.ecommerce.notification.events;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What this service reads of the shipping service's ShipmentCreated and
 * ShipmentStatusChanged (tolerant reader). To be replaced by the shipping-api records
 * once they are on main.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ShipmentEvent(UUID shipmentId, UUID orderId, @Nullable String carrier, @Nullable String trackingNumber,
		@Nullable String trackingUrl, @Nullable String status, @Nullable String location,
		@Nullable String description) {

	static final String CREATED = "dev.ecommerce.shipping.ShipmentCreated.v1";

	static final String STATUS_CHANGED = "dev.ecommerce.shipping.ShipmentStatusChanged.v1";

}
