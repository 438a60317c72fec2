package dev.ecommerce.shipping.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A return label.
 *
 * @param id the return label
 * @param shipmentId the shipment whose goods go back
 * @param returnId the order service's return
 * @param trackingNumber the return parcel's tracking number
 * @param trackingUrl where it is followed
 * @param labelUrl the label as a PDF
 * @param weightGrams the weight
 * @param createdAt when it was made
 */
public record ReturnLabelResponse(UUID id, UUID shipmentId, UUID returnId, String trackingNumber, String trackingUrl,
		String labelUrl, long weightGrams, Instant createdAt) {

}
