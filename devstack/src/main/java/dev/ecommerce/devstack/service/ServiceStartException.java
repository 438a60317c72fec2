package dev.ecommerce.devstack.service;

/**
 * A service did not come up: it exited, or was not ready in time. The message is one line
 * that names the service and its log.
 */
public class ServiceStartException extends RuntimeException {

	public ServiceStartException(String message) {
		super(message);
	}

}
