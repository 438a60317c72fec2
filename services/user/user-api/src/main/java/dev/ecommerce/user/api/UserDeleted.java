package dev.ecommerce.user.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An account was closed and its personal data erased: other services erase what they hold
 * about the user. Published on {@code user.events}, keyed by the user id.
 *
 * @param userId the closed account
 * @param at when it was closed
 */
public record UserDeleted(UUID userId, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.user.UserDeleted.v1";

}
