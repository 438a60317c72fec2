package dev.ecommerce.notification;

import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls, from the access token.
 *
 * @param id the user
 * @param roles its roles
 */
public record Caller(UUID id, List<String> roles) {

	public static Caller of(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList("roles");
		return new Caller(UUID.fromString(jwt.getSubject()), (roles != null) ? List.copyOf(roles) : List.of());
	}

	public boolean admin() {
		return this.roles.contains("ADMIN");
	}

	public boolean seller() {
		return this.roles.contains("SELLER");
	}

}
