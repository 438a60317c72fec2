package dev.ecommerce.shipping.shipment;

import java.util.UUID;

import dev.ecommerce.platform.web.patch.MergePatch;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.shipping.Caller;
import dev.ecommerce.shipping.api.ShipmentResponse;
import dev.ecommerce.shipping.api.TrackingEventRequest;
import dev.ecommerce.shipping.api.TrackingResponse;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tracking for anyone with the number, and the journey's events from carriers' webhooks
 * (signed) and admins (token).
 */
@RestController
@RequestMapping("/shippings")
class TrackingController {

	private final Dispatch dispatch;

	private final WebhookSignatures signatures;

	private final JsonMapper jsonMapper;

	private final Validator validator;

	TrackingController(Dispatch dispatch, WebhookSignatures signatures, JsonMapper jsonMapper, Validator validator) {
		this.dispatch = dispatch;
		this.signatures = signatures;
		this.jsonMapper = jsonMapper;
		this.validator = validator;
	}

	@GetMapping("/tracking/{trackingNumber}")
	TrackingResponse tracking(@PathVariable String trackingNumber) {
		return this.dispatch.tracking(trackingNumber);
	}

	/**
	 * A step of the journey. The body is read as bytes, since the signature covers the
	 * exact bytes the carrier sent.
	 */
	@PostMapping(path = "/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	ShipmentResponse record(@PathVariable UUID id, @RequestBody byte[] body,
			@RequestHeader(name = WebhookSignatures.HEADER, required = false) @Nullable String signature,
			@AuthenticationPrincipal @Nullable Jwt jwt) {
		String source = authenticate(body, signature, jwt);
		TrackingEventRequest event = read(body);
		MergePatch.validate(event, this.validator);
		return this.dispatch.record(id, event, source);
	}

	private String authenticate(byte[] body, @Nullable String signature, @Nullable Jwt jwt) {
		if (jwt != null) {
			if (!Caller.of(jwt).admin()) {
				throw new ProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
						"Only admins and carriers post tracking events.");
			}
			return "ADMIN";
		}
		if (!this.signatures.verify(body, signature)) {
			throw new ProblemException(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized",
					"A carrier's event must carry a valid " + WebhookSignatures.HEADER
							+ " signature; an admin's a bearer token.");
		}
		return "CARRIER";
	}

	private TrackingEventRequest read(byte[] body) {
		try {
			TrackingEventRequest event = this.jsonMapper.readValue(body, TrackingEventRequest.class);
			if (event == null) {
				throw malformed();
			}
			return event;
		}
		catch (JacksonException ex) {
			throw malformed();
		}
	}

	private static ProblemException malformed() {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
				"The body must be a JSON tracking event: {status, location, description, at}.");
	}

}
