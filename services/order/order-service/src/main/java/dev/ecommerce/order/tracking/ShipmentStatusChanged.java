package dev.ecommerce.order.tracking;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The shipping service's {@code dev.ecommerce.shipping.ShipmentStatusChanged.v1}, with
 * the fields this service reads (a tolerant reader until shipping-api is on main).
 *
 * @param shipmentId the shipment
 * @param orderId its order
 * @param trackingNumber the carrier's tracking number
 * @param status {@code LABEL_CREATED}, {@code PICKED_UP}, {@code IN_TRANSIT},
 * {@code OUT_FOR_DELIVERY}, {@code DELIVERED}, {@code EXCEPTION},
 * {@code RETURNED_TO_SENDER}
 * @param location where, if said
 * @param description what, if said
 * @param at when
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ShipmentStatusChanged(UUID shipmentId, UUID orderId, @Nullable String trackingNumber, String status,
		@Nullable String location, @Nullable String description, Instant at) {

	static final String TYPE = "dev.ecommerce.shipping.ShipmentStatusChanged.v1";

}
