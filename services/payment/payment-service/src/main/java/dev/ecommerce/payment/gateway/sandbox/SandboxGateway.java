package dev.ecommerce.payment.gateway.sandbox;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import dev.ecommerce.payment.gateway.BadSignatureException;
import dev.ecommerce.payment.gateway.Charge;
import dev.ecommerce.payment.gateway.ChargeResult;
import dev.ecommerce.payment.gateway.GatewayEvent;
import dev.ecommerce.payment.gateway.PaymentGateway;
import dev.ecommerce.payment.gateway.RefundOrder;
import dev.ecommerce.payment.gateway.RefundResult;
import dev.ecommerce.payment.gateway.WebhookDelivery;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers by token as Stripe's test tokens do: {@code tok_visa} and
 * {@code tok_mastercard} succeed, {@code tok_chargeDeclined} is {@code card_declined},
 * {@code tok_chargeDeclinedInsufficientFunds} is {@code insufficient_funds},
 * {@code tok_chargeDeclinedProcessingError} is a retryable {@code processing_error},
 * {@code tok_threeDSecureRequired} needs 3-D Secure. Each charge and refund is written in
 * its books under its idempotency key, in a transaction of its own as a remote gateway's
 * would be, so a repeat answers the first outcome and a lost answer can be found again.
 */
@Component
@ConditionalOnBooleanProperty(name = "ecommerce.payment.sandbox.enabled", matchIfMissing = true)
class SandboxGateway implements PaymentGateway {

	static final String SIGNATURE_HEADER = "Sandbox-Signature";

	private static final long TOLERANCE_SECONDS = 300;

	private static final Map<String, String> OUTCOMES = Map.of("tok_visa", "succeeded", "tok_mastercard", "succeeded",
			"tok_chargeDeclined", "card_declined", "tok_chargeDeclinedInsufficientFunds", "insufficient_funds",
			"tok_chargeDeclinedProcessingError", "processing_error", "tok_threeDSecureRequired", "requires_action");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final SandboxProperties properties;

	SandboxGateway(JdbcClient jdbc, JsonMapper json, Clock clock, SandboxProperties properties) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "sandbox";
	}

	@Override
	public void checkToken(String token) {
		if (!OUTCOMES.containsKey(token)) {
			throw new InvalidRequestException("paymentMethodToken",
					"the sandbox knows no such token; use one of " + OUTCOMES.keySet().stream().sorted().toList());
		}
	}

	@Override
	public ChargeResult charge(Charge charge) {
		checkToken(charge.token());
		this.jdbc.sql("""
				INSERT INTO sandbox_charge (idempotency_key, reference, token, amount, currency, outcome, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING""")
			.params(charge.idempotencyKey(), "sb_pi_" + UUID.randomUUID().toString().replace("-", ""), charge.token(),
					charge.amount().amount(), charge.amount().currency(), OUTCOMES.get(charge.token()),
					this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return find(charge).orElseThrow();
	}

	@Override
	public Optional<ChargeResult> find(Charge charge) {
		return this.jdbc.sql("SELECT reference, outcome FROM sandbox_charge WHERE idempotency_key = ?")
			.param(charge.idempotencyKey())
			.query((rs, row) -> result(rs.getString("reference"), rs.getString("outcome")))
			.optional();
	}

	private static ChargeResult result(String reference, String outcome) {
		return switch (outcome) {
			case "succeeded" -> new ChargeResult.Succeeded(reference);
			case "requires_action" ->
				new ChargeResult.ActionRequired(reference, "https://sandbox.ecommerce.dev/3ds/" + reference);
			default -> new ChargeResult.Declined(reference, outcome, "processing_error".equals(outcome));
		};
	}

	@Override
	public RefundResult refund(RefundOrder refund) {
		this.jdbc.sql("""
				INSERT INTO sandbox_refund (idempotency_key, reference, charge_reference, amount, created_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING""")
			.params(refund.idempotencyKey(), "sb_re_" + UUID.randomUUID().toString().replace("-", ""),
					refund.chargeReference(), refund.amount().amount(), this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return new RefundResult.Refunded(this.jdbc.sql("SELECT reference FROM sandbox_refund WHERE idempotency_key = ?")
			.param(refund.idempotencyKey())
			.query(String.class)
			.single());
	}

	/**
	 * A sandbox event, signed as Stripe signs its own: {@code {"id": "evt_…", "type":
	 * "charge.succeeded" | "charge.failed", "reference": "sb_pi_…", "failureCode": …}}.
	 */
	@Override
	public GatewayEvent verify(WebhookDelivery delivery) {
		String signature = delivery.headers().getFirst(SIGNATURE_HEADER);
		if (signature == null) {
			throw new BadSignatureException("The " + SIGNATURE_HEADER + " header is missing.");
		}
		try {
			Webhook.Signature.verifyHeader(delivery.body(), signature, this.properties.webhookSecret(),
					TOLERANCE_SECONDS, this.clock);
		}
		catch (SignatureVerificationException ex) {
			throw new BadSignatureException("The " + SIGNATURE_HEADER + " header does not match the body.");
		}
		try {
			JsonNode event = this.json.readTree(delivery.body());
			String type = event.path("type").asString("");
			GatewayEvent.Kind kind = switch (type) {
				case "charge.succeeded" -> GatewayEvent.Kind.CHARGE_SUCCEEDED;
				case "charge.failed" -> GatewayEvent.Kind.CHARGE_FAILED;
				default -> GatewayEvent.Kind.OTHER;
			};
			String id = event.path("id").asString("");
			if (id.isBlank()) {
				throw new InvalidRequestException("id", "an event needs an id");
			}
			return new GatewayEvent(id, type, kind, null, event.path("reference").asString(null),
					event.path("failureCode").asString("card_declined"));
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException("body", "is not a JSON event");
		}
	}

}
