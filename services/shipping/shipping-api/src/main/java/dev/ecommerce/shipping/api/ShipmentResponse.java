package dev.ecommerce.shipping.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A shipment.
 *
 * @param id the shipment
 * @param orderId its order
 * @param orderNumber the order's number, if given
 * @param userId the shopper, if known
 * @param carrier the carrier's code
 * @param service the service's code
 * @param trackingNumber the tracking number (UPU S10 for the built-in carriers)
 * @param trackingUrl where the shopper follows it
 * @param status where it is
 * @param labelUrl the label as a PDF
 * @param address where it goes
 * @param parcels its parcels
 * @param weightGrams their weight
 * @param cost what the shopper paid for it
 * @param version the version, for {@code If-Match}
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record ShipmentResponse(UUID id, UUID orderId, @Nullable String orderNumber, @Nullable UUID userId,
		String carrier, String service, String trackingNumber, String trackingUrl, ShipmentStatus status,
		String labelUrl, ShippingAddress address, List<Parcel> parcels, long weightGrams, Money cost, long version,
		Instant createdAt, Instant updatedAt) {

}
