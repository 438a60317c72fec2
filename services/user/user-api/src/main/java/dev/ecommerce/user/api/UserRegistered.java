package dev.ecommerce.user.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An account was registered. Published on {@code user.events}, keyed by the user id.
 *
 * @param userId the new user
 * @param email the email, to write to
 * @param fullName the name, to address the user by
 * @param at when the account was registered
 */
public record UserRegistered(UUID userId, String email, String fullName, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.user.UserRegistered.v1";

}
