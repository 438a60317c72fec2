package dev.ecommerce.cart;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls, from the access token if there is one: a guest has none.
 *
 * @param userId the signed-in user or service account
 * @param service whether it is another service ({@code SERVICE} role)
 */
public record Shopper(@Nullable UUID userId, boolean service) {

	public static Shopper of(@Nullable Jwt jwt) {
		if (jwt == null) {
			return new Shopper(null, false);
		}
		List<String> roles = jwt.getClaimAsStringList("roles");
		return new Shopper(UUID.fromString(jwt.getSubject()), roles != null && roles.contains("SERVICE"));
	}

	/**
	 * The user, for a call that needs one.
	 * @return the user's id
	 * @throws AuthenticationCredentialsNotFoundException (401) for a guest
	 */
	public UUID requireUser() {
		if (this.userId == null) {
			throw new AuthenticationCredentialsNotFoundException("A signed-in user is required");
		}
		return this.userId;
	}

}
