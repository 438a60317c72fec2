package dev.ecommerce.order;

import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls, from the access token.
 *
 * @param id the user, or the service account
 * @param roles the roles the token carries
 */
public record Caller(String id, List<String> roles) {

	public static Caller of(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList("roles");
		return new Caller(jwt.getSubject(), (roles != null) ? List.copyOf(roles) : List.of());
	}

	public boolean isAdmin() {
		return this.roles.contains("ADMIN");
	}

	public boolean isService() {
		return this.roles.contains("SERVICE");
	}

	public boolean isSeller() {
		return this.roles.contains("SELLER");
	}

	/** Admins and services see every order. */
	public boolean seesEverything() {
		return isAdmin() || isService();
	}

	/** Whether this caller is the given user. */
	public boolean is(UUID userId) {
		return this.id.equals(userId.toString());
	}

	/** The caller as a user id; a caller whose subject is no UUID owns nothing. */
	public UUID userId() {
		try {
			return UUID.fromString(this.id);
		}
		catch (IllegalArgumentException ex) {
			return new UUID(0, 0);
		}
	}

}
