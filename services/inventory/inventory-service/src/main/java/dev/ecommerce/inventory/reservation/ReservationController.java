package dev.ecommerce.inventory.reservation;

import java.net.URI;
import java.util.UUID;

import dev.ecommerce.inventory.api.ReservationRequest;
import dev.ecommerce.inventory.api.ReservationResponse;
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
@RequestMapping("/inventory/reservations")
@PreAuthorize("hasRole('SERVICE')")
class ReservationController {

	private final Checkout checkout;

	ReservationController(Checkout checkout) {
		this.checkout = checkout;
	}

	/** {@code 201} for a new reservation, {@code 200} with the same one for a repeat. */
	@PostMapping
	ResponseEntity<ReservationResponse> reserve(@Valid @RequestBody ReservationRequest request) {
		Checkout.Reserved reserved = this.checkout.reserve(request);
		ReservationResponse reservation = reserved.reservation();
		return ResponseEntity.status(reserved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/inventory/reservations/" + reservation.id()))
			.body(reservation);
	}

	@GetMapping("/{id}")
	ReservationResponse get(@PathVariable UUID id) {
		return this.checkout.get(id);
	}

	@PostMapping("/{id}/commit")
	ReservationResponse commit(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		return this.checkout.commit(jwt.getSubject(), id);
	}

	@PostMapping("/{id}/release")
	ReservationResponse release(@PathVariable UUID id) {
		return this.checkout.release(id);
	}

}
