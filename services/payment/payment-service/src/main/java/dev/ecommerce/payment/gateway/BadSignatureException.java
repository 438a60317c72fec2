package dev.ecommerce.payment.gateway;

/** A webhook whose signature does not prove that the gateway sent it. */
public class BadSignatureException extends RuntimeException {

	public BadSignatureException(String message) {
		super(message);
	}

}
