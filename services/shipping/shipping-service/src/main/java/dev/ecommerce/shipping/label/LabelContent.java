package dev.ecommerce.shipping.label;

import java.time.LocalDate;

import dev.ecommerce.shipping.api.ShippingAddress;
import org.jspecify.annotations.Nullable;

/**
 * What a label shows.
 *
 * @param from the sender
 * @param to the recipient
 * @param carrier the carrier's code
 * @param serviceName the service's name
 * @param weightGrams the weight
 * @param parcels how many parcels the shipment has
 * @param orderNumber the order's number, if known
 * @param trackingNumber the tracking number, printed and as a barcode
 * @param shipDate the date of the label
 * @param returnLabel whether the parcel goes back to the sender (from and to swapped by
 * the caller)
 */
public record LabelContent(ShippingAddress from, ShippingAddress to, String carrier, String serviceName,
		long weightGrams, int parcels, @Nullable String orderNumber, String trackingNumber, LocalDate shipDate,
		boolean returnLabel) {

}
