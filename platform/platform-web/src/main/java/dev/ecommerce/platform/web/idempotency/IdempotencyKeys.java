package dev.ecommerce.platform.web.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table of idempotency keys. Claiming a key is one atomic statement, so two requests
 * with the same key never both run: the loser sees the winner's claim.
 */
class IdempotencyKeys {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final IdempotencyProperties properties;

	IdempotencyKeys(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	Claim claim(String scope, String key, String requestHash) {
		Instant now = this.clock.instant();
		// Insert, or take over a key whose record expired or whose first request died
		// mid-way.
		int claimed = this.jdbc.update(
				"""
						INSERT INTO idempotency_key (scope, idempotency_key, request_hash, status, locked_until, created_at, expires_at)
						VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?, ?)
						ON CONFLICT (scope, idempotency_key) DO UPDATE
						SET request_hash = EXCLUDED.request_hash, status = 'IN_PROGRESS', locked_until = EXCLUDED.locked_until,
						    created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at, response_status = NULL,
						    response_content_type = NULL, response_location = NULL, response_etag = NULL, response_body = NULL
						WHERE idempotency_key.expires_at < EXCLUDED.created_at
						   OR (idempotency_key.status = 'IN_PROGRESS' AND idempotency_key.locked_until < EXCLUDED.created_at
						       AND idempotency_key.request_hash = EXCLUDED.request_hash)
						""",
				scope, key, requestHash, timestamp(now.plus(this.properties.lockTimeout())), timestamp(now),
				timestamp(now.plus(this.properties.retention())));
		if (claimed == 1) {
			return Claim.of(Claim.Outcome.PROCEED);
		}
		List<Claim> existing = this.jdbc.query("""
				SELECT request_hash, status, response_status, response_content_type, response_location, response_etag,
				       response_body
				FROM idempotency_key WHERE scope = ? AND idempotency_key = ?
				""", (row, n) -> {
			if (!row.getString("request_hash").equals(requestHash)) {
				return Claim.of(Claim.Outcome.MISMATCH);
			}
			if (!"COMPLETED".equals(row.getString("status"))) {
				return Claim.of(Claim.Outcome.IN_PROGRESS);
			}
			StoredResponse response = new StoredResponse(row.getInt("response_status"),
					row.getString("response_content_type"), row.getString("response_location"),
					row.getString("response_etag"), row.getBytes("response_body"));
			return new Claim(Claim.Outcome.REPLAY, response);
		}, scope, key);
		// the row can vanish between the two statements only through expiry; then it is
		// ours to retry
		return existing.isEmpty() ? claim(scope, key, requestHash) : existing.get(0);
	}

	void complete(String scope, String key, StoredResponse response) {
		this.jdbc.update("""
				UPDATE idempotency_key
				SET status = 'COMPLETED', response_status = ?, response_content_type = ?, response_location = ?,
				    response_etag = ?, response_body = ?
				WHERE scope = ? AND idempotency_key = ?
				""", response.status(), response.contentType(), response.location(), response.etag(), response.body(),
				scope, key);
	}

	/** Forgets a claim whose request failed on our side, so that a retry may run. */
	void release(String scope, String key) {
		this.jdbc.update(
				"DELETE FROM idempotency_key WHERE scope = ? AND idempotency_key = ? AND status = 'IN_PROGRESS'", scope,
				key);
	}

	int deleteExpired() {
		return this.jdbc.update("DELETE FROM idempotency_key WHERE expires_at < ?", timestamp(this.clock.instant()));
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

}
