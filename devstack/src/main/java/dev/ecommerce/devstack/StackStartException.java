package dev.ecommerce.devstack;

/**
 * The stack could not start. The message is one line that says why (a port in use, a
 * service that exited, one that was not ready in time, with its log); by the time this is
 * thrown, everything that had started is stopped again.
 */
public class StackStartException extends RuntimeException {

	public StackStartException(String message) {
		super(message);
	}

	public StackStartException(String message, Throwable cause) {
		super(message, cause);
	}

}
