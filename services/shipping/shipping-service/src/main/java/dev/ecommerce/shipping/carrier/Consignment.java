package dev.ecommerce.shipping.carrier;

import java.util.UUID;

import dev.ecommerce.shipping.api.ShippingAddress;
import org.jspecify.annotations.Nullable;

/**
 * What is sent, to whom, from where.
 *
 * @param shipmentId the shipment
 * @param to the recipient
 * @param weightGrams the weight
 * @param from the sender when it is not the shop (a return)
 */
public record Consignment(UUID shipmentId, ShippingAddress to, long weightGrams, @Nullable ShippingAddress from) {

	public Consignment(UUID shipmentId, ShippingAddress to, long weightGrams) {
		this(shipmentId, to, weightGrams, null);
	}

}
