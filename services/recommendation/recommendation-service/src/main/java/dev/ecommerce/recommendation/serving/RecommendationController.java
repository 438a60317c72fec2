package dev.ecommerce.recommendation.serving;

import java.util.UUID;

import dev.ecommerce.recommendation.api.RecommendationsResponse;
import dev.ecommerce.recommendation.signal.Shopper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recommendations. Every answer takes {@code limit}: 10 unless given, at most 50.
 */
@RestController
@Validated
class RecommendationController {

	private final Recommendations recommendations;

	RecommendationController(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/recommendations/me")
	@PreAuthorize("isAuthenticated()")
	RecommendationsResponse mine(@AuthenticationPrincipal Jwt jwt,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
		return this.recommendations.forShopper(Shopper.user(UUID.fromString(jwt.getSubject())), limit);
	}

	@GetMapping("/recommendations/users/{userId}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SERVICE')")
	RecommendationsResponse forUser(@PathVariable UUID userId,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
		return this.recommendations.forShopper(Shopper.user(userId), limit);
	}

	@GetMapping("/recommendations/products/{productId}/similar")
	RecommendationsResponse similar(@PathVariable UUID productId,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
		return this.recommendations.similar(productId, limit);
	}

	@GetMapping("/recommendations/products/{productId}/bought-together")
	RecommendationsResponse boughtTogether(@PathVariable UUID productId,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
		return this.recommendations.boughtTogether(productId, limit);
	}

	@GetMapping("/recommendations/popular")
	RecommendationsResponse popular(@RequestParam(required = false) @Nullable UUID category,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
		return this.recommendations.popular(category, limit);
	}

}
