package dev.ecommerce.shipping.shipment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.ecommerce.shipping.api.ShipmentStatus;

import static dev.ecommerce.shipping.api.ShipmentStatus.DELIVERED;
import static dev.ecommerce.shipping.api.ShipmentStatus.EXCEPTION;
import static dev.ecommerce.shipping.api.ShipmentStatus.IN_TRANSIT;
import static dev.ecommerce.shipping.api.ShipmentStatus.LABEL_CREATED;
import static dev.ecommerce.shipping.api.ShipmentStatus.OUT_FOR_DELIVERY;
import static dev.ecommerce.shipping.api.ShipmentStatus.PICKED_UP;
import static dev.ecommerce.shipping.api.ShipmentStatus.RETURNED_TO_SENDER;
import static dev.ecommerce.shipping.api.ShipmentStatus.VOIDED;

/**
 * The steps a parcel may take: picked up, in transit (scanned as often as it is), out for
 * delivery, delivered; an exception on the way, after which it goes on or goes back; back
 * to the depot after a failed delivery. Delivered, returned and voided are the ends.
 */
final class Journey {

	private static final Map<ShipmentStatus, Set<ShipmentStatus>> NEXT = Map.of(LABEL_CREATED, EnumSet.of(PICKED_UP),
			PICKED_UP, EnumSet.of(IN_TRANSIT, EXCEPTION), IN_TRANSIT,
			EnumSet.of(IN_TRANSIT, OUT_FOR_DELIVERY, EXCEPTION, RETURNED_TO_SENDER), OUT_FOR_DELIVERY,
			EnumSet.of(DELIVERED, IN_TRANSIT, EXCEPTION), EXCEPTION,
			EnumSet.of(IN_TRANSIT, OUT_FOR_DELIVERY, RETURNED_TO_SENDER), DELIVERED,
			EnumSet.noneOf(ShipmentStatus.class), RETURNED_TO_SENDER, EnumSet.noneOf(ShipmentStatus.class), VOIDED,
			EnumSet.noneOf(ShipmentStatus.class));

	private Journey() {
	}

	static boolean allows(ShipmentStatus from, ShipmentStatus to) {
		return NEXT.get(from).contains(to);
	}

}
