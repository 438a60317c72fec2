package dev.ecommerce.order.returns;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.order.Caller;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders/{orderId}/returns")
class ReturnController {

	private final Returns returns;

	ReturnController(Returns returns) {
		this.returns = returns;
	}

	@PostMapping
	ResponseEntity<ReturnResponse> request(@PathVariable UUID orderId, @Valid @RequestBody ReturnRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		ReturnResponse created = this.returns.request(Caller.of(jwt), orderId, request);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/orders/" + orderId + "/returns/" + created.id()))
			.body(created);
	}

	@GetMapping
	List<ReturnResponse> list(@PathVariable UUID orderId, @AuthenticationPrincipal Jwt jwt) {
		return this.returns.list(Caller.of(jwt), orderId);
	}

	@PostMapping("/{returnId}/receive")
	@PreAuthorize("hasRole('ADMIN')")
	ReturnResponse receive(@PathVariable UUID orderId, @PathVariable UUID returnId) {
		return this.returns.receive(orderId, returnId);
	}

}
