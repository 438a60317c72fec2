package dev.ecommerce.platform.web.client;

import org.springframework.http.HttpStatus;

import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

/**
 * A service this one needs did not answer, answered too slowly, or its circuit is open:
 * the caller's client gets a 503 (or 504) instead of a hang or a 500.
 */
public class ServiceUnavailableException extends ProblemException {

	ServiceUnavailableException(String service, boolean timedOut) {
		super(timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE,
				timedOut ? ProblemTypes.GATEWAY_TIMEOUT : ProblemTypes.SERVICE_UNAVAILABLE,
				timedOut ? "Service timed out" : "Service unavailable",
				"The " + service + " service " + (timedOut ? "did not answer in time." : "is not available right now.")
						+ " Try again shortly.");
	}

}
