package dev.ecommerce.payment.gateway;

import java.util.Optional;

/**
 * A payment gateway. Every call that moves money carries our idempotency key, which the
 * gateway honours, so that repeating a call whose answer was lost never charges or
 * refunds twice.
 */
public interface PaymentGateway {

	/** Its name in requests: {@code sandbox}, {@code stripe}, {@code paypal}. */
	String name();

	/**
	 * Refuses, before anything is recorded, a token this gateway can never charge.
	 * @param token the payment method token of a request
	 * @throws dev.ecommerce.platform.web.problem.InvalidRequestException if it is not one
	 */
	default void checkToken(String token) {
	}

	/**
	 * Charges, or answers the charge already made under the same idempotency key.
	 * @param charge what to charge
	 * @return what the gateway answered
	 * @throws GatewayUnavailableException when the outcome is unknown: the call may be
	 * repeated with the same key
	 */
	ChargeResult charge(Charge charge);

	/**
	 * The charge made for a payment earlier, if the gateway has one: how a payment whose
	 * answer was lost (a crash, a timeout) is settled without charging again.
	 * @param charge the payment's charge
	 * @return what the gateway knows of it, or empty if it made none
	 * @throws GatewayUnavailableException when the gateway cannot be asked
	 */
	Optional<ChargeResult> find(Charge charge);

	/**
	 * Refunds, or answers the refund already made under the same idempotency key.
	 * @param refund what to refund
	 * @return what the gateway answered
	 * @throws GatewayUnavailableException when the outcome is unknown
	 */
	RefundResult refund(RefundOrder refund);

	/**
	 * Reads a webhook delivery after checking that the gateway sent it.
	 * @param delivery the request as received
	 * @return the event it carries
	 * @throws BadSignatureException if its signature does not prove it
	 * @throws GatewayUnavailableException if the gateway must be asked and cannot be
	 */
	GatewayEvent verify(WebhookDelivery delivery);

}
