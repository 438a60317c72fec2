package dev.ecommerce.user.account;

import java.util.UUID;

import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.versioning.ETags;
import dev.ecommerce.user.api.PasswordChangeRequest;
import dev.ecommerce.user.api.ProfileRequest;
import dev.ecommerce.user.api.UserResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/auth/me")
class ProfileController {

	private final Profiles profiles;

	ProfileController(Profiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	ResponseEntity<UserResponse> me(@AuthenticationPrincipal Jwt jwt) {
		return withETag(this.profiles.get(userId(jwt)));
	}

	@PutMapping
	ResponseEntity<UserResponse> update(@Valid @RequestBody ProfileRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal Jwt jwt) {
		return withETag(this.profiles.update(userId(jwt), request, ifMatch));
	}

	@PatchMapping(consumes = { "application/merge-patch+json", "application/json" })
	ResponseEntity<UserResponse> patch(@RequestBody JsonNode patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal Jwt jwt) {
		return withETag(this.profiles.patch(userId(jwt), patch, ifMatch));
	}

	@PutMapping("/password")
	ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChangeRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		this.profiles.changePassword(userId(jwt), request);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping
	ResponseEntity<Void> close(@AuthenticationPrincipal Jwt jwt) {
		this.profiles.close(userId(jwt));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<UserResponse> withETag(UserResponse user) {
		return ResponseEntity.ok().eTag(ETags.of(user.version())).body(user);
	}

	static UUID userId(Jwt jwt) {
		try {
			return UUID.fromString(jwt.getSubject());
		}
		catch (IllegalArgumentException ex) {
			// a service's token: it has no account
			throw new NotFoundException("No such account");
		}
	}

}
