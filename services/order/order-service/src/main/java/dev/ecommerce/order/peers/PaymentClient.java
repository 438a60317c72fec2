package dev.ecommerce.order.peers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.web.client.ServiceClients;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The payment service: an order's payment ({@code POST /payments} with the
 * Idempotency-Key {@code order-<id>-payment}, so that it is taken once however often it
 * is asked) and refunds ({@code POST /payments/{id}/refunds}, keyed too).
 */
@Component
public class PaymentClient {

	private static final String SERVICE = "payment";

	private final RestClient rest;

	PaymentClient(ServiceClients clients) {
		this.rest = clients.restClient(SERVICE);
	}

	/**
	 * A payment's outcome.
	 *
	 * @param id the payment, if one was made
	 * @param status {@code SUCCEEDED}, {@code FAILED} or {@code REQUIRES_ACTION}
	 * @param failureCode why it failed
	 */
	public record Payment(@Nullable UUID id, String status, @Nullable String failureCode) {

		public boolean succeeded() {
			return "SUCCEEDED".equals(this.status);
		}

	}

	/** The key of an order's one payment. */
	public static String paymentKey(UUID orderId) {
		return "order-" + orderId + "-payment";
	}

	/**
	 * Takes the order's payment, or answers the one taken already. A decline is a payment
	 * with status {@code FAILED}; so is a request the payment service refuses as invalid
	 * (a bad token). The customer is named, so that the payment is theirs to read.
	 */
	public Payment pay(UUID orderId, UUID userId, Money amount, String gateway, String token) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("orderId", orderId);
		request.put("userId", userId);
		request.put("amount", amount);
		request.put("gateway", gateway);
		request.put("paymentMethodToken", token);
		Answer answer = Answer.of(SERVICE,
				this.rest.post()
					.uri("/payments")
					.header("Idempotency-Key", paymentKey(orderId))
					.contentType(MediaType.APPLICATION_JSON)
					.body(request));
		if (answer.status() == 400 || answer.status() == 422) {
			return new Payment(null, "FAILED", "invalid_payment_method");
		}
		String status = Answer.optionalText(answer.body(), "status");
		if (!answer.ok() || status == null) {
			throw answer.unexpected();
		}
		return new Payment(Answer.uuid(answer.body(), "id"), status, Answer.optionalText(answer.body(), "failureCode"));
	}

	/**
	 * Refunds part or all of a payment, once per key.
	 * @return the refund's id
	 */
	public UUID refund(UUID paymentId, Money amount, String reason, String key) {
		Answer answer = Answer.of(SERVICE,
				this.rest.post()
					.uri("/payments/{id}/refunds", paymentId)
					.header("Idempotency-Key", key)
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("amount", amount, "reason", reason)));
		UUID id = Answer.uuid(answer.body(), "id");
		if (!answer.ok() || id == null) {
			throw answer.unexpected();
		}
		return id;
	}

}
