package dev.ecommerce.payment.payment;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.ecommerce.payment.gateway.BadSignatureException;
import dev.ecommerce.payment.gateway.GatewayEvent;
import dev.ecommerce.payment.gateway.GatewayUnavailableException;
import dev.ecommerce.payment.gateway.Gateways;
import dev.ecommerce.payment.gateway.PaymentGateway;
import dev.ecommerce.payment.gateway.WebhookDelivery;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events from the gateways, unauthenticated by a token: each proves itself by its
 * gateway's signature over the exact body, read as bytes before anything parses it.
 */
@RestController
class WebhookController {

	private final Gateways gateways;

	private final Webhooks webhooks;

	WebhookController(Gateways gateways, Webhooks webhooks) {
		this.gateways = gateways;
		this.webhooks = webhooks;
	}

	@PostMapping("/payments/webhooks/{gateway}")
	Map<String, Object> receive(@PathVariable String gateway, @RequestHeader HttpHeaders headers,
			@RequestBody byte[] body) {
		PaymentGateway from = this.gateways.forWebhook(gateway);
		GatewayEvent event;
		try {
			event = from.verify(new WebhookDelivery(headers, new String(body, StandardCharsets.UTF_8)));
		}
		catch (BadSignatureException ex) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.of("bad-signature"), "Bad signature",
					ex.getMessage());
		}
		catch (GatewayUnavailableException ex) {
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.of("payment-gateway-unavailable"),
					"Payment gateway unavailable",
					"The " + gateway + " gateway could not verify this event now; deliver it again later.");
		}
		boolean fresh = this.webhooks.apply(from.name(), event);
		return Map.of("received", true, "duplicate", !fresh);
	}

}
