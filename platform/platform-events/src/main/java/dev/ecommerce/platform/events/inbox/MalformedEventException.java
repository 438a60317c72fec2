package dev.ecommerce.platform.events.inbox;

/**
 * A Kafka record that is not a CloudEvent in binary mode, or whose data is not what its
 * type promises. Retrying cannot help, so such a record goes to the dead-letter topic at
 * once.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message) {
		super(message);
	}

	public MalformedEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
