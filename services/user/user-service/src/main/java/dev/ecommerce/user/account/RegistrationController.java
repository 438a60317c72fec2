package dev.ecommerce.user.account;

import java.net.URI;

import dev.ecommerce.user.api.RegistrationRequest;
import dev.ecommerce.user.api.UserResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistrationController {

	private final Accounts accounts;

	RegistrationController(Accounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/auth/register")
	ResponseEntity<UserResponse> register(@Valid @RequestBody RegistrationRequest request) {
		UserResponse user = this.accounts.register(request);
		return ResponseEntity.created(URI.create("/users/" + user.id())).body(user);
	}

}
