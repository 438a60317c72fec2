package dev.ecommerce.user.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A user asked to reset a forgotten password: the notification service mails the token
 * (in a link) to the address. Published on {@code user.events}, keyed by the user id. The
 * token is single-use and short-lived; nothing else should read it.
 *
 * @param userId the account
 * @param email where to send the link
 * @param fullName the name, to address the user by
 * @param token the reset token, for {@code POST /auth/password-reset/confirm}
 * @param expiresAt when the token stops working
 */
public record PasswordResetRequested(UUID userId, String email, String fullName, String token, Instant expiresAt) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.user.PasswordResetRequested.v1";

	@Override
	public String toString() {
		return "PasswordResetRequested[userId=" + this.userId + ", expiresAt=" + this.expiresAt + "]";
	}

}
