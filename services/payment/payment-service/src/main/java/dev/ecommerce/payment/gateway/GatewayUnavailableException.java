package dev.ecommerce.payment.gateway;

/**
 * A gateway did not answer, answered a server error, or was too slow: the outcome of the
 * call is unknown, and the same call with the same idempotency key may be repeated.
 */
public class GatewayUnavailableException extends RuntimeException {

	public GatewayUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	public GatewayUnavailableException(String message) {
		super(message);
	}

}
