package dev.ecommerce.user.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account. The email is compared without case and surrounding spaces; the password
 * must be 8 to 128 characters and not common or guessable.
 *
 * @param email the email, unique
 * @param password the password
 * @param fullName the name to address the user by
 */
public record RegistrationRequest(
		@NotBlank @Pattern(regexp = EMAIL,
				message = "must be a well-formed email address") @Size(max = 254) String email,
		@NotNull @Size(min = 8, max = 128) String password, @NotBlank @Size(max = 200) String fullName) {

	/**
	 * An address with one {@code @} and a dot in its domain; spaces around it are
	 * ignored.
	 */
	public static final String EMAIL = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*";

	@Override
	public String toString() {
		return "RegistrationRequest[email=" + this.email + ", fullName=" + this.fullName + "]";
	}

}
