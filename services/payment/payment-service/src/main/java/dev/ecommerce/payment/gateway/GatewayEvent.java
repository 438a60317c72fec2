package dev.ecommerce.payment.gateway;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event a gateway sent, once its signature is checked.
 *
 * @param id the gateway's id of the event: a repeat carries the same
 * @param type the gateway's name for it, as recorded
 * @param kind what it means for a payment
 * @param paymentId our payment, when the gateway carries it back (metadata, custom id)
 * @param reference the gateway's id of the charge
 * @param failureCode why a charge failed, for {@link Kind#CHARGE_FAILED}
 */
public record GatewayEvent(String id, String type, Kind kind, @Nullable UUID paymentId, @Nullable String reference,
		@Nullable String failureCode) {

	public enum Kind {

		CHARGE_SUCCEEDED, CHARGE_FAILED, OTHER

	}

}
