package dev.ecommerce.order.tracking;

import java.util.UUID;

import dev.ecommerce.order.Caller;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrackingController {

	private final Tracking tracking;

	TrackingController(Tracking tracking) {
		this.tracking = tracking;
	}

	@GetMapping("/orders/{id}/tracking")
	TrackingResponse tracking(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		return this.tracking.of(Caller.of(jwt), id);
	}

}
