package dev.ecommerce.user.token;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque refresh tokens: 256 random bits, stored only as their SHA-256. Each login starts
 * a family; each refresh spends the token and issues the next of the family. A spent
 * token presented again means it was stolen (or the client is confused): the whole family
 * is revoked, so neither the thief nor the user can go on without logging in again.
 */
@Component
public class RefreshTokens {

	private final JdbcTemplate jdbc;

	private final TokenProperties properties;

	private final Clock clock;

	RefreshTokens(JdbcTemplate jdbc, TokenProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Starts the family of a new login.
	 * @param userId the user who logged in
	 * @return the first refresh token of the family
	 */
	@Transactional
	public String start(UUID userId) {
		return issue(userId, UUID.randomUUID());
	}

	/**
	 * Spends a refresh token and issues the next of its family. Commits what it did even
	 * when the token is refused, so that a revoked family stays revoked.
	 * @param token the presented refresh token
	 * @return the user and the next token, or empty when the token is unknown, expired,
	 * revoked or already spent
	 */
	@Transactional
	public Optional<Rotation> rotate(String token) {
		List<Row> rows = this.jdbc.query(
				"SELECT id, family_id, user_id, expires_at, spent_at, revoked_at FROM refresh_token WHERE token_hash = ? FOR UPDATE",
				(row, number) -> new Row(row.getObject("id", UUID.class), row.getObject("family_id", UUID.class),
						row.getObject("user_id", UUID.class), row.getTimestamp("expires_at").toInstant(),
						row.getTimestamp("spent_at") != null, row.getTimestamp("revoked_at") != null),
				hash(token));
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Row row = rows.get(0);
		Instant now = this.clock.instant();
		if (row.spent()) {
			revokeFamily(row.familyId());
			return Optional.empty();
		}
		if (row.revoked() || !row.expiresAt().isAfter(now)) {
			return Optional.empty();
		}
		this.jdbc.update("UPDATE refresh_token SET spent_at = ? WHERE id = ?", Timestamp.from(now), row.id());
		return Optional.of(new Rotation(row.userId(), issue(row.userId(), row.familyId())));
	}

	/**
	 * Revokes the family of a refresh token: its login ends. An unknown token is ignored.
	 * @param token the refresh token
	 */
	@Transactional
	public void revoke(String token) {
		this.jdbc
			.query("SELECT family_id FROM refresh_token WHERE token_hash = ?",
					(row, number) -> row.getObject("family_id", UUID.class), hash(token))
			.forEach(this::revokeFamily);
	}

	/**
	 * Revokes every login of a user but, if given, the one of a token.
	 * @param userId the user
	 * @param keep a refresh token whose login goes on, or {@code null}
	 */
	@Transactional
	public void revokeAll(UUID userId, @org.jspecify.annotations.Nullable String keep) {
		this.jdbc.update(
				"UPDATE refresh_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND family_id NOT IN "
						+ "(SELECT family_id FROM refresh_token WHERE token_hash = ?)",
				Timestamp.from(this.clock.instant()), userId, (keep != null) ? hash(keep) : "");
	}

	private void revokeFamily(UUID familyId) {
		this.jdbc.update("UPDATE refresh_token SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
				Timestamp.from(this.clock.instant()), familyId);
	}

	private String issue(UUID userId, UUID familyId) {
		String token = OpaqueTokens.generate();
		Instant now = this.clock.instant();
		this.jdbc.update(
				"INSERT INTO refresh_token (id, family_id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), familyId, userId, hash(token), Timestamp.from(now),
				Timestamp.from(now.plus(this.properties.refreshLifetime())));
		return token;
	}

	private static String hash(String token) {
		return OpaqueTokens.hash(token);
	}

	/**
	 * A refresh token spent for the next one.
	 *
	 * @param userId whose login it is
	 * @param next the next refresh token of the family
	 */
	public record Rotation(UUID userId, String next) {

		@Override
		public String toString() {
			return "Rotation[userId=" + this.userId + "]";
		}

	}

	private record Row(UUID id, UUID familyId, UUID userId, Instant expiresAt, boolean spent, boolean revoked) {

	}

}
