package dev.ecommerce.recommendation.signal;

import java.time.Clock;
import java.util.UUID;

import dev.ecommerce.recommendation.api.InteractionRequest;
import dev.ecommerce.recommendation.api.InteractionType;
import dev.ecommerce.recommendation.model.Signal;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Storefronts report browsing here. A signed-in shopper's views count as theirs, a
 * guest's as their session's.
 */
@RestController
class InteractionController {

	private final Interactions interactions;

	private final Clock clock;

	InteractionController(Interactions interactions, Clock clock) {
		this.interactions = interactions;
		this.clock = clock;
	}

	@PostMapping("/recommendations/events")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void record(@Valid @RequestBody InteractionRequest request, @AuthenticationPrincipal @Nullable Jwt jwt) {
		String shopper = (jwt != null) ? Shopper.user(UUID.fromString(jwt.getSubject()))
				: Shopper.session(request.sessionId());
		Signal signal = (request.type() == InteractionType.VIEW) ? Signal.VIEW : Signal.ADD_TO_CART;
		this.interactions.record(shopper, request.productId(), null, null, signal, this.clock.instant());
	}

}
