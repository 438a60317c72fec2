package dev.ecommerce.payment.payment;

import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * The gateway did not answer, so whether money moved is not known yet. Nothing is lost:
 * the payment or refund stays {@code PROCESSING}, a retry with the same Idempotency-Key
 * asks the gateway again under the same key, and reconciliation settles it meanwhile.
 */
class GatewayUnavailable extends ProblemException {

	GatewayUnavailable(String what, UUID id, String gateway) {
		super(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.of("payment-gateway-unavailable"),
				"Payment gateway unavailable",
				"The " + gateway + " gateway did not answer; " + what + " " + id
						+ " is PROCESSING and will be settled with the gateway. Retry with the same Idempotency-Key.",
				Map.of(what + "Id", id));
		getHeaders().set("Retry-After", "5");
	}

}
