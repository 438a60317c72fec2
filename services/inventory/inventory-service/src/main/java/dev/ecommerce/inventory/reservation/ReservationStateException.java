package dev.ecommerce.inventory.reservation;

import java.util.UUID;

import dev.ecommerce.inventory.api.ReservationStatus;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

/**
 * A reservation that has already ended another way (409): a released or expired one
 * cannot be committed, a committed one cannot be released.
 */
class ReservationStateException extends ConflictException {

	ReservationStateException(UUID id, ReservationStatus status, String wanted) {
		super(ProblemTypes.of("reservation-" + status.name().toLowerCase(java.util.Locale.ROOT)),
				"Reservation " + status.name().toLowerCase(java.util.Locale.ROOT),
				"Reservation " + id + " is " + status + "; it cannot be " + wanted + ".");
	}

}
