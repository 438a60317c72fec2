package dev.ecommerce.shipping.shipment;

import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

/**
 * A change the shipment's status does not allow: an impossible step of its journey, or a
 * change of address or a void after pickup.
 */
class ShipmentStateException extends ConflictException {

	ShipmentStateException(String title, String detail) {
		super(ProblemTypes.of("shipment-state"), title, detail);
	}

}
