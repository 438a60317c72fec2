package dev.ecommerce.payment.api;

import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The payment service for other services, as a Spring HTTP interface client: <pre>
 * PaymentClient payments = serviceClients.create(PaymentClient.class, "payment");
 * PaymentResponse payment = payments.pay("order-" + orderId + "-payment", request);
 * </pre> Every call that changes something carries an {@code Idempotency-Key}: a repeat
 * with the same key and body answers the first reply and never charges or refunds twice.
 * A decline is a payment with status {@code FAILED}, not an error; a gateway that did not
 * answer is a 503 ({@code HttpServerErrorException}), to be retried with the same key.
 */
@HttpExchange("/payments")
public interface PaymentClient {

	/**
	 * Takes a payment.
	 * @param idempotencyKey the same for every attempt at this payment
	 * @param request the payment
	 * @return the payment, {@code SUCCEEDED}, {@code FAILED} or {@code REQUIRES_ACTION}
	 */
	@PostExchange
	PaymentResponse pay(@RequestHeader("Idempotency-Key") String idempotencyKey, @RequestBody PaymentRequest request);

	/**
	 * A payment with its refunds.
	 * @param id the payment's id
	 * @return the payment
	 */
	@GetExchange("/{id}")
	PaymentResponse payment(@PathVariable UUID id);

	/**
	 * Refunds some or all of a payment; refunds never add up to more than it.
	 * @param id the payment's id
	 * @param idempotencyKey the same for every attempt at this refund
	 * @param request the refund
	 * @return the refund, {@code SUCCEEDED} or {@code FAILED}
	 */
	@PostExchange("/{id}/refunds")
	RefundResponse refund(@PathVariable UUID id, @RequestHeader("Idempotency-Key") String idempotencyKey,
			@RequestBody RefundRequest request);

}
