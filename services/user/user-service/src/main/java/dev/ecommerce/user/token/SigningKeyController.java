package dev.ecommerce.user.token;

import java.net.URI;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /auth/keys/rotate}: an admin puts a new signing key in place, after a
 * suspected leak or on a schedule. Answers the new key's id; the JWKS lists it at once.
 */
@RestController
class SigningKeyController {

	private final SigningKeys keys;

	SigningKeyController(SigningKeys keys) {
		this.keys = keys;
	}

	@PostMapping("/auth/keys/rotate")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Map<String, String>> rotate() {
		String kid = this.keys.rotate();
		return ResponseEntity.created(URI.create("/.well-known/jwks.json")).body(Map.of("kid", kid));
	}

}
