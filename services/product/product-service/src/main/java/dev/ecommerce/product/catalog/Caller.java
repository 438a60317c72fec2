package dev.ecommerce.product.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.ecommerce.product.api.ProductStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is asking: a user or service from its access token, or an anonymous shopper.
 *
 * @param id the user's id, {@code null} for an anonymous shopper
 * @param roles the user's roles ({@code CUSTOMER}, {@code SELLER}, {@code ADMIN},
 * {@code SERVICE})
 */
public record Caller(@Nullable UUID id, Set<String> roles) {

	public Caller {
		roles = Set.copyOf(roles);
	}

	public static Caller anonymous() {
		return new Caller(null, Set.of());
	}

	public static Caller seller(UUID id) {
		return new Caller(id, Set.of("SELLER"));
	}

	/**
	 * The caller a token stands for.
	 * @param jwt the validated access token, or {@code null} when none was given
	 * @return the caller
	 */
	public static Caller of(@Nullable Jwt jwt) {
		if (jwt == null) {
			return anonymous();
		}
		Collection<String> roles = jwt.getClaimAsStringList("roles");
		return new Caller(UUID.fromString(jwt.getSubject()), Set.copyOf((roles != null) ? roles : List.of()));
	}

	boolean isAdmin() {
		return this.roles.contains("ADMIN");
	}

	boolean isSeller() {
		return this.roles.contains("SELLER");
	}

	/** Admins and other services see every product, drafts and archived ones too. */
	boolean seesEverything() {
		return isAdmin() || this.roles.contains("SERVICE");
	}

	/**
	 * Whether the caller may see a product: an active one, or one of its own, or any if
	 * it is an admin or a service.
	 */
	boolean canSee(ProductStatus status, UUID sellerId) {
		return status == ProductStatus.ACTIVE || seesEverything() || is(sellerId);
	}

	boolean is(UUID userId) {
		return userId.equals(this.id);
	}

}
