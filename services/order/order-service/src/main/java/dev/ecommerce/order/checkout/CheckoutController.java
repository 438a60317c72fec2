package dev.ecommerce.order.checkout;

import java.net.URI;
import java.util.UUID;

import dev.ecommerce.order.Caller;
import dev.ecommerce.order.order.Order;
import dev.ecommerce.order.order.OrderResponse;
import dev.ecommerce.platform.web.versioning.ETags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
class CheckoutController {

	private final Checkout checkout;

	CheckoutController(Checkout checkout) {
		this.checkout = checkout;
	}

	/** {@code 201} with the order {@code PENDING}; the checkout runs on by itself. */
	@PostMapping
	@PreAuthorize("hasAnyRole('CUSTOMER', 'SELLER', 'ADMIN')")
	ResponseEntity<OrderResponse> place(@Valid @RequestBody PlaceOrderRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@AuthenticationPrincipal Jwt jwt) {
		Order order = this.checkout.place(Caller.of(jwt), request, idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/orders/" + order.id()))
			.eTag(ETags.of(order.version()))
			.body(OrderResponse.from(order));
	}

	@PostMapping("/{id}/cancel")
	ResponseEntity<OrderResponse> cancel(@PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable CancelRequest request, @AuthenticationPrincipal Jwt jwt) {
		Order order = this.checkout.cancel(Caller.of(jwt), id, (request != null) ? request.reason() : null);
		return ResponseEntity.ok().eTag(ETags.of(order.version())).body(OrderResponse.from(order));
	}

	/**
	 * @param reason why the order is cancelled
	 */
	record CancelRequest(@Nullable @Size(max = 500) String reason) {

	}

}
