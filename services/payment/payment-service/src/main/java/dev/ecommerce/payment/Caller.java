package dev.ecommerce.payment;

import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls, from the access token.
 *
 * @param id the user or service account
 * @param admin whether it is an admin
 * @param service whether it is another service
 */
public record Caller(UUID id, boolean admin, boolean service) {

	public static Caller of(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList("roles");
		return new Caller(UUID.fromString(jwt.getSubject()), roles != null && roles.contains("ADMIN"),
				roles != null && roles.contains("SERVICE"));
	}

	/** Admins and services see every payment; a customer sees its own. */
	public boolean seesAll() {
		return this.admin || this.service;
	}

}
