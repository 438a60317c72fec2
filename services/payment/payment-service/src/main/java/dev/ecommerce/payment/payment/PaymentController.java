package dev.ecommerce.payment.payment;

import java.net.URI;
import java.util.UUID;

import dev.ecommerce.payment.Caller;
import dev.ecommerce.payment.api.PaymentRequest;
import dev.ecommerce.payment.api.PaymentResponse;
import dev.ecommerce.payment.api.RefundRequest;
import dev.ecommerce.payment.api.RefundResponse;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/payments")
class PaymentController {

	private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final Cashier cashier;

	private final Refunding refunding;

	PaymentController(Cashier cashier, Refunding refunding) {
		this.cashier = cashier;
		this.refunding = refunding;
	}

	/**
	 * {@code 201} with the payment: a decline is a {@code FAILED} payment, not an error.
	 */
	@PostMapping
	ResponseEntity<PaymentResponse> pay(@AuthenticationPrincipal Jwt jwt,
			@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey, @Valid @RequestBody PaymentRequest request) {
		PaymentResponse payment = this.cashier.pay(Caller.of(jwt), idempotencyKey, request);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/payments/" + payment.id()))
			.body(payment);
	}

	@GetMapping("/{id}")
	PaymentResponse get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return this.cashier.get(Caller.of(jwt), id);
	}

	/** An order's payments: a customer's own, or all of them for admins and services. */
	@GetMapping
	PageResponse<PaymentResponse> ofOrder(@AuthenticationPrincipal Jwt jwt, @RequestParam UUID orderId,
			PageQuery page) {
		return this.cashier.ofOrder(Caller.of(jwt), orderId, page);
	}

	@PostMapping("/{id}/refunds")
	@PreAuthorize("hasAnyRole('ADMIN', 'SERVICE')")
	ResponseEntity<RefundResponse> refund(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
			@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey, @Valid @RequestBody RefundRequest request) {
		RefundResponse refund = this.refunding.refund(Caller.of(jwt), idempotencyKey, id, request);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/payments/" + id + "/refunds/" + refund.id()))
			.body(refund);
	}

	@GetMapping("/{id}/refunds/{refundId}")
	RefundResponse refund(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable UUID refundId) {
		return this.refunding.get(Caller.of(jwt), id, refundId);
	}

}
