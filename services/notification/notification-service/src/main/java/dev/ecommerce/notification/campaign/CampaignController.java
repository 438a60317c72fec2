package dev.ecommerce.notification.campaign;

import java.net.URI;
import java.util.UUID;

import dev.ecommerce.notification.Caller;
import dev.ecommerce.notification.api.CampaignRequest;
import dev.ecommerce.notification.api.CampaignResponse;
import dev.ecommerce.platform.web.problem.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SELLER')")
class CampaignController {

	private final Campaigns campaigns;

	CampaignController(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping("/notifications/campaigns")
	ResponseEntity<CampaignResponse> send(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody CampaignRequest request) {
		CampaignResponse campaign = this.campaigns.send(Caller.of(jwt), request);
		return ResponseEntity.created(URI.create("/notifications/campaigns/" + campaign.id())).body(campaign);
	}

	@GetMapping("/notifications/campaigns/{id}")
	CampaignResponse get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return this.campaigns.find(Caller.of(jwt), id).orElseThrow(() -> new NotFoundException("No campaign " + id));
	}

}
