package dev.ecommerce.order.order;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.order.Caller;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.versioning.ETags;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
class OrderController {

	private final OrderBook book;

	OrderController(OrderBook book) {
		this.book = book;
	}

	/**
	 * {@code userId} is a filter for admins and services (the user service's order
	 * history).
	 */
	@GetMapping
	PageResponse<OrderResponse> list(@RequestParam(required = false) @Nullable OrderStatus status,
			@RequestParam(required = false) @Nullable UUID userId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			PageQuery page, @AuthenticationPrincipal Jwt jwt) {
		return this.book.list(Caller.of(jwt), status, userId, from, to, page);
	}

	@GetMapping("/{id}")
	ResponseEntity<OrderResponse> get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		Order order = this.book.get(Caller.of(jwt), id);
		return ResponseEntity.ok().eTag(ETags.of(order.version())).body(OrderResponse.from(order));
	}

	@PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	ResponseEntity<OrderResponse> change(@PathVariable UUID id, @RequestBody JsonNode patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal Jwt jwt) {
		Order order = this.book.change(Caller.of(jwt), id, patch, ifMatch);
		return ResponseEntity.ok().eTag(ETags.of(order.version())).body(OrderResponse.from(order));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.book.delete(id);
		return ResponseEntity.noContent().build();
	}

}
