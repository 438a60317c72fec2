package dev.ecommerce.user.history;

import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import tools.jackson.databind.JsonNode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import dev.ecommerce.platform.web.client.ServiceClients;

/**
 * {@code GET /auth/me/orders}: the signed-in user's orders, newest first, as the order
 * service lists them for that user. The user id comes from the access token only, so
 * nobody can read another user's history here.
 */
@RestController
class OrderHistoryController {

	private final RestClient orders;

	OrderHistoryController(ServiceClients serviceClients) {
		this.orders = serviceClients.restClient("order");
	}

	@GetMapping("/auth/me/orders")
	JsonNode orders(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, @RequestParam Optional<OrderStatus> status) {
		return this.orders.get()
			.uri((uri) -> uri.path("/orders")
				.queryParam("userId", jwt.getSubject())
				.queryParam("page", page)
				.queryParam("size", size)
				.queryParam("sort", "createdAt,desc")
				.queryParamIfPresent("status", status)
				.build())
			.retrieve()
			.body(JsonNode.class);
	}

	/** The statuses of an order (API.md), to filter by. */
	enum OrderStatus {

		PENDING, CONFIRMED, SHIPPED, DELIVERED, REJECTED, PAYMENT_FAILED, CANCELLED, RETURN_REQUESTED, RETURNED

	}

}
