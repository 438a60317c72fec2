package dev.ecommerce.user.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A refresh token, to exchange for a new pair ({@code /auth/refresh}) or to revoke
 * ({@code /auth/logout}).
 *
 * @param refreshToken the opaque refresh token of a login
 */
public record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {

	@Override
	public String toString() {
		return "RefreshRequest[]";
	}

}
