package dev.ecommerce.notification.webhook;

import dev.ecommerce.notification.Caller;
import dev.ecommerce.notification.api.WebhookRequest;
import dev.ecommerce.notification.api.WebhookResponse;
import dev.ecommerce.platform.web.problem.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A seller's own webhook: low-stock alerts and new orders, signed. */
@RestController
@PreAuthorize("hasRole('SELLER')")
class WebhookController {

	private final SellerWebhooks webhooks;

	WebhookController(SellerWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping("/notifications/webhooks/mine")
	WebhookResponse get(@AuthenticationPrincipal Jwt jwt) {
		SellerWebhook webhook = this.webhooks.find(Caller.of(jwt).id())
			.orElseThrow(() -> new NotFoundException("You have no webhook"));
		return new WebhookResponse(webhook.url(), webhook.secret());
	}

	@PutMapping("/notifications/webhooks/mine")
	@Transactional
	WebhookResponse put(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody WebhookRequest request) {
		SellerWebhook webhook = this.webhooks.register(Caller.of(jwt).id(), request.url());
		return new WebhookResponse(webhook.url(), webhook.secret());
	}

	@DeleteMapping("/notifications/webhooks/mine")
	@Transactional
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt jwt) {
		if (!this.webhooks.remove(Caller.of(jwt).id())) {
			throw new NotFoundException("You have no webhook");
		}
		return ResponseEntity.noContent().build();
	}

}
