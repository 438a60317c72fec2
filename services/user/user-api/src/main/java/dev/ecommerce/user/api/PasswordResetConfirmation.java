package dev.ecommerce.user.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Sets a new password with the token of a reset link
 * ({@code POST /auth/password-reset/confirm}).
 *
 * @param token the token the link carried
 * @param newPassword the new password, 8 to 128 characters, not common or guessable
 */
public record PasswordResetConfirmation(@NotBlank @Size(max = 200) String token,
		@NotNull @Size(min = 8, max = 128) String newPassword) {

	@Override
	public String toString() {
		return "PasswordResetConfirmation[]";
	}

}
