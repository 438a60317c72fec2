package dev.ecommerce.user.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A user account.
 *
 * @param id the user's id, the {@code sub} of its tokens
 * @param email the normalised email
 * @param fullName the user's name
 * @param phone the user's phone number, if given
 * @param roles what the user may do
 * @param addresses the address book
 * @param enabled {@code false} once an admin has disabled the account
 * @param version the version, for {@code If-Match}
 * @param createdAt when the account was registered
 */
public record UserResponse(UUID id, String email, String fullName, @Nullable String phone, List<Role> roles,
		List<Address> addresses, boolean enabled, long version, Instant createdAt) {

}
