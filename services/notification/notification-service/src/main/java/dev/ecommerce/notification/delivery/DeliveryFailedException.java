package dev.ecommerce.notification.delivery;

/** A channel could not deliver a notification; the message says why, for the log. */
class DeliveryFailedException extends RuntimeException {

	DeliveryFailedException(String message) {
		super(message);
	}

	DeliveryFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
