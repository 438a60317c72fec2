package dev.ecommerce.shipping;

import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls, from the access token: a shopper sees only the shipments of its orders; an
 * admin or another service sees all.
 *
 * @param id the user or service account
 * @param admin whether it has the {@code ADMIN} role
 * @param service whether it has the {@code SERVICE} role
 */
public record Caller(UUID id, boolean admin, boolean service) {

	public static Caller of(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList("roles");
		return new Caller(UUID.fromString(jwt.getSubject()), roles != null && roles.contains("ADMIN"),
				roles != null && roles.contains("SERVICE"));
	}

	/** Whether it may see and manage every shipment. */
	public boolean staff() {
		return this.admin || this.service;
	}

}
