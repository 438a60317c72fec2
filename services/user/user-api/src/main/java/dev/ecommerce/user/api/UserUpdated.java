package dev.ecommerce.user.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account changed: its profile (name, phone, addresses), its roles, or it was
 * disabled. Carries the contact details as they are now. Published on
 * {@code user.events}, keyed by the user id.
 *
 * @param userId the account
 * @param email its email
 * @param fullName its name
 * @param phone its phone number, if any
 * @param roles its roles
 * @param enabled {@code false} once disabled
 * @param version its version after the change
 * @param at when it changed
 */
public record UserUpdated(UUID userId, String email, String fullName, @Nullable String phone, List<Role> roles,
		boolean enabled, long version, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.user.UserUpdated.v1";

}
