package dev.ecommerce.user.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.user.api.PasswordResetConfirmation;
import dev.ecommerce.user.token.OpaqueTokens;
import dev.ecommerce.user.token.RefreshTokens;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resets of forgotten passwords: a single-use token, valid for 30 minutes, goes to the
 * account's email through the notification service; with it, a new password can be set
 * once. Asking reveals nothing: an unknown email is answered the same.
 */
@Service
class PasswordResets {

	static final Duration LIFETIME = Duration.ofMinutes(30);

	private final Users users;

	private final Passwords passwords;

	private final RefreshTokens refreshTokens;

	private final UserEvents events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PasswordResets(Users users, Passwords passwords, RefreshTokens refreshTokens, UserEvents events, JdbcTemplate jdbc,
			Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.refreshTokens = refreshTokens;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Sends a reset token to an account that may sign in; does nothing for any other. */
	@Transactional
	void request(String email) {
		this.users.findByEmail(Emails.normalise(email)).filter(User::canSignIn).ifPresent((user) -> {
			String token = OpaqueTokens.generate();
			Instant now = this.clock.instant();
			Instant expiresAt = now.plus(LIFETIME);
			this.jdbc.update(
					"INSERT INTO password_reset (id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
					UUID.randomUUID(), user.id(), OpaqueTokens.hash(token), Timestamp.from(now),
					Timestamp.from(expiresAt));
			this.events.passwordResetRequested(user, token, expiresAt);
		});
	}

	/**
	 * Sets the new password if the token is known, unused and not expired; every reset
	 * token and every login of the account end.
	 */
	@Transactional
	void confirm(PasswordResetConfirmation confirmation) {
		List<UUID> owners = this.jdbc.queryForList(
				"SELECT user_id FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE",
				UUID.class, OpaqueTokens.hash(confirmation.token()), Timestamp.from(this.clock.instant()));
		User user = owners.stream()
			.findFirst()
			.flatMap(this.users::findById)
			.filter(User::canSignIn)
			.orElseThrow(
					() -> new InvalidRequestException("token", "is not valid, used or expired; ask for a new one"));
		this.passwords.check("newPassword", confirmation.newPassword(),
				List.of((user.email() != null) ? user.email() : "", user.fullName()));
		Instant now = this.clock.instant();
		user.changePassword(this.passwords.hash(confirmation.newPassword()), now);
		this.jdbc.update("UPDATE password_reset SET used_at = ? WHERE user_id = ? AND used_at IS NULL",
				Timestamp.from(now), user.id());
		this.refreshTokens.revokeAll(user.id(), null);
	}

}
