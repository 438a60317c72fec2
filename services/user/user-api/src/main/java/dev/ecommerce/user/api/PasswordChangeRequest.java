package dev.ecommerce.user.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param currentPassword the password now, to prove it is the user
 * @param newPassword the new password, 8 to 128 characters, not common or guessable
 */
public record PasswordChangeRequest(@NotNull @Size(max = 128) String currentPassword,
		@NotNull @Size(min = 8, max = 128) String newPassword) {

	@Override
	public String toString() {
		return "PasswordChangeRequest[]";
	}

}
