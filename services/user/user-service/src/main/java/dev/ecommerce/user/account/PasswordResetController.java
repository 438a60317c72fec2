package dev.ecommerce.user.account;

import dev.ecommerce.user.api.PasswordResetConfirmation;
import dev.ecommerce.user.api.PasswordResetRequest;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/auth/password-reset")
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	/** Always 202, whether the email has an account or not. */
	@PostMapping
	ResponseEntity<Void> request(@Valid @RequestBody PasswordResetRequest request) {
		this.resets.request(request.email());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/confirm")
	ResponseEntity<Void> confirm(@Valid @RequestBody PasswordResetConfirmation confirmation) {
		this.resets.confirm(confirmation);
		return ResponseEntity.noContent().build();
	}

}
