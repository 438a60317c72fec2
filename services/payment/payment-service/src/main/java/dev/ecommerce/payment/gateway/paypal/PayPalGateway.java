package dev.ecommerce.payment.gateway.paypal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.payment.gateway.BadSignatureException;
import dev.ecommerce.payment.gateway.Charge;
import dev.ecommerce.payment.gateway.ChargeResult;
import dev.ecommerce.payment.gateway.GatewayEvent;
import dev.ecommerce.payment.gateway.PaymentGateway;
import dev.ecommerce.payment.gateway.RefundOrder;
import dev.ecommerce.payment.gateway.RefundResult;
import dev.ecommerce.payment.gateway.WebhookDelivery;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * PayPal Orders v2. The payment method token is the buyer's vaulted PayPal payment method
 * ({@code vault_id}); the order is created for it and captured, each call with a
 * {@code PayPal-Request-Id} made from our idempotency key, so a repeat answers the first
 * order and capture. An order that needs the buyer's approval is answered as
 * {@code REQUIRES_ACTION} with PayPal's approval link.
 */
@Component
@ConditionalOnProperty("ecommerce.payment.paypal.client-id")
class PayPalGateway implements PaymentGateway {

	private static final List<String> SIGNATURE_HEADERS = List.of("PAYPAL-AUTH-ALGO", "PAYPAL-CERT-URL",
			"PAYPAL-TRANSMISSION-ID", "PAYPAL-TRANSMISSION-SIG", "PAYPAL-TRANSMISSION-TIME");

	private final PayPalApi api;

	private final PayPalProperties properties;

	PayPalGateway(RestClient.Builder builder, PayPalProperties properties, JsonMapper json, Clock clock) {
		this.api = new PayPalApi(builder, properties, json, clock);
		this.properties = properties;
	}

	@Override
	public String name() {
		return "paypal";
	}

	@Override
	public ChargeResult charge(Charge charge) {
		Map<String, Object> unit = new LinkedHashMap<>();
		unit.put("reference_id", charge.orderId().toString());
		unit.put("custom_id", charge.paymentId().toString());
		unit.put("invoice_id", charge.paymentId().toString());
		unit.put("amount", PayPalApi.amount(charge.amount().currency(), value(charge.amount())));
		Map<String, Object> order = Map.of("intent", "CAPTURE", "purchase_units", List.of(unit), "payment_source",
				Map.of("paypal", Map.of("vault_id", charge.token(), "experience_context",
						Map.of("return_url", this.properties.returnUrl(), "cancel_url", this.properties.cancelUrl()))));
		PayPalApi.Reply created = this.api.post("/v2/checkout/orders", charge.idempotencyKey() + "-create", order);
		if (!created.ok()) {
			return refused(created);
		}
		return settle(created.body(), charge.idempotencyKey());
	}

	/** An order as it stands: approved ones are captured, completed ones read. */
	private ChargeResult settle(JsonNode order, String idempotencyKey) {
		String id = order.path("id").asString("");
		return switch (order.path("status").asString("")) {
			case "COMPLETED" -> capture(order, id);
			case "PAYER_ACTION_REQUIRED" -> new ChargeResult.ActionRequired(id, link(order, "payer-action"));
			case "CREATED", "APPROVED", "SAVED" -> {
				PayPalApi.Reply captured = this.api.post("/v2/checkout/orders/" + id + "/capture",
						idempotencyKey + "-capture", Map.of());
				if (!captured.ok()) {
					yield (captured.status() == 422 && "ORDER_NOT_APPROVED".equals(captured.issue()))
							? new ChargeResult.ActionRequired(id, link(order, "approve")) : refused(captured);
				}
				yield capture(captured.body(), id);
			}
			case "VOIDED" -> new ChargeResult.Declined(id, "order_voided", false);
			default -> new ChargeResult.Pending(id);
		};
	}

	/** The capture of a completed order decides the payment; its id is our reference. */
	private static ChargeResult capture(JsonNode order, String orderId) {
		JsonNode capture = order.path("purchase_units").path(0).path("payments").path("captures").path(0);
		String reference = capture.path("id").asString(orderId);
		return switch (capture.path("status").asString("")) {
			case "COMPLETED" -> new ChargeResult.Succeeded(reference);
			case "DECLINED", "FAILED" -> new ChargeResult.Declined(reference, "capture_declined", false);
			default -> new ChargeResult.Pending(reference);
		};
	}

	private static ChargeResult refused(PayPalApi.Reply reply) {
		String issue = reply.issue().toLowerCase(Locale.ROOT);
		return new ChargeResult.Declined(null, issue, false);
	}

	private static @Nullable String link(JsonNode order, String rel) {
		for (JsonNode link : order.path("links")) {
			if (rel.equals(link.path("rel").asString(""))) {
				return link.path("href").asString(null);
			}
		}
		return null;
	}

	/**
	 * PayPal cannot be searched by our ids; a capture we learnt is read back, and
	 * otherwise the create and capture are repeated with their request ids, which PayPal
	 * answers with the first order instead of making another.
	 */
	@Override
	public Optional<ChargeResult> find(Charge charge) {
		if (charge.reference() == null) {
			return Optional.empty();
		}
		PayPalApi.Reply capture = this.api.get("/v2/payments/captures/" + charge.reference());
		if (capture.status() == 404) {
			return Optional.empty();
		}
		if (!capture.ok()) {
			return Optional.of(refused(capture));
		}
		return Optional.of(switch (capture.body().path("status").asString("")) {
			case "COMPLETED", "PARTIALLY_REFUNDED", "REFUNDED" -> new ChargeResult.Succeeded(charge.reference());
			case "DECLINED", "FAILED" -> new ChargeResult.Declined(charge.reference(), "capture_declined", false);
			default -> new ChargeResult.Pending(charge.reference());
		});
	}

	@Override
	public RefundResult refund(RefundOrder refund) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("amount", PayPalApi.amount(refund.amount().currency(), value(refund.amount())));
		body.put("invoice_id", refund.refundId().toString());
		if (refund.reason() != null) {
			body.put("note_to_payer", refund.reason());
		}
		PayPalApi.Reply reply = this.api.post("/v2/payments/captures/" + refund.chargeReference() + "/refund",
				refund.idempotencyKey(), body);
		if (!reply.ok()) {
			return new RefundResult.Refused(reply.issue().toLowerCase(Locale.ROOT));
		}
		return switch (reply.body().path("status").asString("")) {
			case "CANCELLED", "FAILED" ->
				new RefundResult.Refused("refund_" + reply.body().path("status").asString("").toLowerCase(Locale.ROOT));
			default -> new RefundResult.Refunded(reply.body().path("id").asString(""));
		};
	}

	/** Asked of PayPal's verification endpoint, with the headers PayPal signed. */
	@Override
	public GatewayEvent verify(WebhookDelivery delivery) {
		if (this.properties.webhookId() == null) {
			throw new BadSignatureException("No PayPal webhook id is configured; no PayPal event can be trusted.");
		}
		Map<String, Object> verification = new LinkedHashMap<>();
		for (String header : SIGNATURE_HEADERS) {
			String value = delivery.headers().getFirst(header);
			if (value == null) {
				throw new BadSignatureException("The " + header + " header is missing.");
			}
			verification.put(header.substring("PAYPAL-".length()).replace('-', '_').toLowerCase(Locale.ROOT), value);
		}
		JsonNode event;
		try {
			event = this.api.tree(delivery.body());
		}
		catch (JacksonException ex) {
			throw new BadSignatureException("The body is not a PayPal event.");
		}
		verification.put("webhook_id", this.properties.webhookId());
		verification.put("webhook_event", event);
		PayPalApi.Reply reply = this.api.post("/v1/notifications/verify-webhook-signature", null, verification);
		if (!reply.ok() || !"SUCCESS".equals(reply.body().path("verification_status").asString(""))) {
			throw new BadSignatureException("PayPal did not verify the signature of this event.");
		}
		return event(event);
	}

	private static GatewayEvent event(JsonNode event) {
		String type = event.path("event_type").asString("");
		JsonNode resource = event.path("resource");
		GatewayEvent.Kind kind = switch (type) {
			case "PAYMENT.CAPTURE.COMPLETED" -> GatewayEvent.Kind.CHARGE_SUCCEEDED;
			case "PAYMENT.CAPTURE.DENIED", "PAYMENT.CAPTURE.DECLINED" -> GatewayEvent.Kind.CHARGE_FAILED;
			default -> GatewayEvent.Kind.OTHER;
		};
		UUID paymentId = null;
		try {
			String custom = resource.path("custom_id").asString(null);
			paymentId = (custom != null) ? UUID.fromString(custom) : null;
		}
		catch (IllegalArgumentException ex) {
			// not one of ours
		}
		return new GatewayEvent(event.path("id").asString(""), type, kind, paymentId,
				resource.path("id").asString(null), "capture_declined");
	}

	/** Minor units as PayPal's decimal string: 1299 GBP is "12.99", 500 JPY is "500". */
	static String value(Money money) {
		int digits = Math.max(0, Currency.getInstance(money.currency()).getDefaultFractionDigits());
		return BigDecimal.valueOf(money.amount(), digits).toPlainString();
	}

}
