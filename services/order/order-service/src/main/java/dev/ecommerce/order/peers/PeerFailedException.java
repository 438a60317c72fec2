package dev.ecommerce.order.peers;

import org.springframework.http.HttpStatus;

import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

/**
 * A peer answered what the contract does not foresee (a 5xx after the client's retries,
 * or an unexpected status): the saga retries the step later, as for a peer that is down;
 * a request waiting on it gets a 503.
 */
public class PeerFailedException extends ProblemException {

	PeerFailedException(String service, int status, String detail) {
		super(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable", "The " + service
				+ " service answered " + status + (detail.isBlank() ? "" : ": " + detail) + ". Try again shortly.");
	}

}
