package dev.ecommerce.order.tracking;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The shipping service's {@code dev.ecommerce.shipping.ShipmentCreated.v1}, with the
 * fields this service reads.
 *
 * @param shipmentId the shipment
 * @param orderId its order
 * @param trackingNumber the carrier's tracking number
 * @param at when
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ShipmentCreated(UUID shipmentId, UUID orderId, @Nullable String trackingNumber, Instant at) {

	static final String TYPE = "dev.ecommerce.shipping.ShipmentCreated.v1";

}
