package dev.ecommerce.inventory;

import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who changes stock, from the access token: recorded in the ledger, and a seller may
 * touch only the stock of its own SKUs.
 *
 * @param id the user or service account
 * @param admin whether it may manage every SKU: an admin, or another service (the order
 * service puts returned and cancelled goods back)
 */
public record Actor(UUID id, boolean admin) {

	public static Actor of(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList("roles");
		return new Actor(UUID.fromString(jwt.getSubject()),
				roles != null && (roles.contains("ADMIN") || roles.contains("SERVICE")));
	}

}
