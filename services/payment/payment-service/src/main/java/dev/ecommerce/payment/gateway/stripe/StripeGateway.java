package dev.ecommerce.payment.gateway.stripe;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentSearchParams;
import com.stripe.param.RefundCreateParams;
import dev.ecommerce.payment.gateway.BadSignatureException;
import dev.ecommerce.payment.gateway.Charge;
import dev.ecommerce.payment.gateway.ChargeResult;
import dev.ecommerce.payment.gateway.GatewayEvent;
import dev.ecommerce.payment.gateway.GatewayUnavailableException;
import dev.ecommerce.payment.gateway.PaymentGateway;
import dev.ecommerce.payment.gateway.RefundOrder;
import dev.ecommerce.payment.gateway.RefundResult;
import dev.ecommerce.payment.gateway.WebhookDelivery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stripe through {@code stripe-java}. Our idempotency key goes with every call that moves
 * money as Stripe's {@code Idempotency-Key}, so a repeat (the SDK's own retries included)
 * answers the first PaymentIntent rather than charging again; a payment whose answer was
 * lost is looked up by the {@code payment_id} in its metadata.
 */
@Component
@ConditionalOnProperty("ecommerce.payment.stripe.api-key")
class StripeGateway implements PaymentGateway {

	static final String SIGNATURE_HEADER = "Stripe-Signature";

	private static final Logger log = LoggerFactory.getLogger(StripeGateway.class);

	private static final long TOLERANCE_SECONDS = 300;

	private final StripeClient stripe;

	private final StripeProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	StripeGateway(StripeProperties properties, JsonMapper json, Clock clock) {
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.stripe = StripeClient.builder()
			.setApiKey(properties.apiKey())
			.setApiBase(properties.apiBase())
			.setMaxNetworkRetries(properties.maxNetworkRetries())
			.setConnectTimeout((int) properties.connectTimeout().toMillis())
			.setReadTimeout((int) properties.readTimeout().toMillis())
			.build();
	}

	@Override
	public String name() {
		return "stripe";
	}

	@Override
	public ChargeResult charge(Charge charge) {
		PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
			.setAmount(charge.amount().amount())
			.setCurrency(charge.amount().currency().toLowerCase(Locale.ROOT))
			.setConfirm(true)
			.addPaymentMethodType("card")
			.putMetadata("payment_id", charge.paymentId().toString())
			.putMetadata("order_id", charge.orderId().toString());
		if (charge.token().startsWith("tok_")) {
			// a card token (Stripe.js, or the test tokens) becomes the intent's payment
			// method
			params.putExtraParam("payment_method_data",
					Map.of("type", "card", "card", Map.of("token", charge.token())));
		}
		else {
			params.setPaymentMethod(charge.token());
		}
		if (this.properties.returnUrl() != null) {
			params.setReturnUrl(this.properties.returnUrl());
		}
		try {
			PaymentIntent intent = this.stripe.v1()
				.paymentIntents()
				.create(params.build(), options(charge.idempotencyKey()));
			return settle(intent, charge.idempotencyKey());
		}
		catch (CardException ex) {
			return declined(ex.getStripeError(), ex.getCode(), ex.getDeclineCode());
		}
		catch (StripeException ex) {
			RuntimeException failure = unavailableUnlessRefused(ex, "charge");
			if (failure instanceof Refusal refusal) {
				return new ChargeResult.Declined(null, refusal.code, false);
			}
			throw failure;
		}
	}

	@Override
	public Optional<ChargeResult> find(Charge charge) {
		try {
			PaymentIntent intent;
			if (charge.reference() != null) {
				intent = this.stripe.v1().paymentIntents().retrieve(charge.reference());
			}
			else {
				List<PaymentIntent> found = this.stripe.v1()
					.paymentIntents()
					.search(PaymentIntentSearchParams.builder()
						.setQuery("metadata['payment_id']:'" + charge.paymentId() + "'")
						.build())
					.getData();
				if (found.isEmpty()) {
					return Optional.empty();
				}
				intent = found.get(0);
			}
			return Optional.of(settle(intent, charge.idempotencyKey()));
		}
		catch (InvalidRequestException ex) {
			if (ex.getStatusCode() != null && ex.getStatusCode() == 404) {
				return Optional.empty();
			}
			throw unavailable(ex, "look-up");
		}
		catch (StripeException ex) {
			throw unavailable(ex, "look-up");
		}
	}

	/** An intent as it stands; one that waits for capture is captured. */
	private ChargeResult settle(PaymentIntent intent, String idempotencyKey) throws StripeException {
		return switch (intent.getStatus()) {
			case "succeeded" -> new ChargeResult.Succeeded(intent.getId());
			case "requires_capture" -> settle(this.stripe.v1()
				.paymentIntents()
				.capture(intent.getId(), PaymentIntentCaptureParams.builder().build(),
						options(idempotencyKey + "-capture")),
					idempotencyKey);
			case "requires_action" -> new ChargeResult.ActionRequired(intent.getId(), redirectUrl(intent));
			case "requires_payment_method", "canceled" -> {
				StripeError error = intent.getLastPaymentError();
				ChargeResult.Declined declined = declined(error, (error != null) ? error.getCode() : null,
						(error != null) ? error.getDeclineCode() : null);
				yield new ChargeResult.Declined(intent.getId(), declined.code(), declined.retryable());
			}
			default -> new ChargeResult.Pending(intent.getId());
		};
	}

	private static @Nullable String redirectUrl(PaymentIntent intent) {
		PaymentIntent.NextAction next = intent.getNextAction();
		return (next != null && next.getRedirectToUrl() != null) ? next.getRedirectToUrl().getUrl() : null;
	}

	/**
	 * Stripe's decline code when it gives one (insufficient_funds), else its error code.
	 */
	private static ChargeResult.Declined declined(@Nullable StripeError error, @Nullable String code,
			@Nullable String declineCode) {
		String failure = (declineCode != null && !declineCode.isBlank()) ? declineCode
				: (code != null && !code.isBlank()) ? code : "card_declined";
		return new ChargeResult.Declined(null, failure, "processing_error".equals(failure));
	}

	@Override
	public RefundResult refund(RefundOrder refund) {
		RefundCreateParams.Builder params = RefundCreateParams.builder()
			.setPaymentIntent(refund.chargeReference())
			.setAmount(refund.amount().amount())
			.putMetadata("refund_id", refund.refundId().toString())
			.putMetadata("payment_id", refund.paymentId().toString());
		try {
			Refund made = this.stripe.v1().refunds().create(params.build(), options(refund.idempotencyKey()));
			return switch (made.getStatus()) {
				case "failed", "canceled" -> new RefundResult.Refused(
						(made.getFailureReason() != null) ? made.getFailureReason() : "refund_" + made.getStatus());
				default -> new RefundResult.Refunded(made.getId());
			};
		}
		catch (StripeException ex) {
			RuntimeException failure = unavailableUnlessRefused(ex, "refund");
			if (failure instanceof Refusal refusal) {
				return new RefundResult.Refused(refusal.code);
			}
			throw failure;
		}
	}

	@Override
	public GatewayEvent verify(WebhookDelivery delivery) {
		String signature = delivery.headers().getFirst(SIGNATURE_HEADER);
		String secret = this.properties.webhookSecret();
		if (signature == null || secret == null) {
			throw new BadSignatureException((signature == null) ? "The " + SIGNATURE_HEADER + " header is missing."
					: "No webhook signing secret is configured; no Stripe event can be trusted.");
		}
		try {
			Webhook.Signature.verifyHeader(delivery.body(), signature, secret, TOLERANCE_SECONDS, this.clock);
		}
		catch (SignatureVerificationException ex) {
			throw new BadSignatureException("The " + SIGNATURE_HEADER + " header does not match the body.");
		}
		return event(delivery.body());
	}

	/**
	 * The event, read as JSON rather than through the SDK's model, which reads objects of
	 * its own API version only.
	 */
	private GatewayEvent event(String body) {
		try {
			JsonNode event = this.json.readTree(body);
			String type = event.path("type").asString("");
			JsonNode object = event.path("data").path("object");
			GatewayEvent.Kind kind = switch (type) {
				case "payment_intent.succeeded" -> GatewayEvent.Kind.CHARGE_SUCCEEDED;
				case "payment_intent.payment_failed" -> GatewayEvent.Kind.CHARGE_FAILED;
				default -> GatewayEvent.Kind.OTHER;
			};
			JsonNode error = object.path("last_payment_error");
			String failure = error.path("decline_code").asString(error.path("code").asString("card_declined"));
			return new GatewayEvent(event.path("id").asString(""), type, kind,
					uuid(object.path("metadata").path("payment_id").asString(null)), object.path("id").asString(null),
					failure);
		}
		catch (JacksonException ex) {
			throw new BadSignatureException("The body is not a Stripe event.");
		}
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		try {
			return (value != null) ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static RequestOptions options(String idempotencyKey) {
		return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
	}

	/**
	 * A refusal that says the request itself was wrong (Stripe's 400s, such as an unknown
	 * payment method) is an answer; anything else leaves the outcome unknown.
	 */
	private RuntimeException unavailableUnlessRefused(StripeException ex, String what) {
		if (ex instanceof InvalidRequestException && ex.getStatusCode() != null && ex.getStatusCode() < 500
				&& ex.getStatusCode() != 429) {
			log.info("Stripe refused a {}: {} ({})", what, ex.getCode(), ex.getRequestId());
			return new Refusal((ex.getCode() != null) ? ex.getCode() : "invalid_request");
		}
		return unavailable(ex, what);
	}

	private static GatewayUnavailableException unavailable(StripeException ex, String what) {
		String kind = (ex instanceof ApiConnectionException) ? "did not answer" : (ex instanceof IdempotencyException)
				? "is still processing the first request with this key" : "answered " + ex.getStatusCode();
		log.warn("Stripe {} on a {} ({})", kind, what, ex.getRequestId());
		return new GatewayUnavailableException("Stripe " + kind, ex);
	}

	/** Stripe refused the request as wrong: an answer, not an outage. */
	private static final class Refusal extends RuntimeException {

		private final String code;

		Refusal(String code) {
			super(code, null, false, false);
			this.code = code;
		}

	}

}
