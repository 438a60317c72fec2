package dev.ecommerce.user.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user may change of its own account ({@code PUT}/{@code PATCH /auth/me}). The id,
 * email and roles are not here: sent along, they are ignored.
 *
 * @param fullName the user's name
 * @param phone a phone number, digits with an optional leading {@code +}, spaces and
 * dashes
 * @param addresses the address book, at most 10, at most one the default
 */
public record ProfileRequest(@NotBlank @Size(max = 200) String fullName,
		@Nullable @Pattern(regexp = "\\+?[0-9][0-9 -]{5,30}",
				message = "must be a phone number such as +44 20 7946 0000") String phone,
		@NotNull @Size(max = 10) List<@Valid @NotNull Address> addresses) {

}
