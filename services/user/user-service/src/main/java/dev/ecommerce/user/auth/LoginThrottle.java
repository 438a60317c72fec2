package dev.ecommerce.user.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles password guessing, per account and per client address. Each attempt is
 * counted before the password is checked, under a lock per subject, so that parallel
 * guesses cannot slip past the limit; a right password uncounts its attempt. An unknown
 * email is counted like a known one, so the answers reveal nothing.
 */
@Component
class LoginThrottle {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, TransactionTemplate transactions, LoginThrottleProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts an attempt against the account and the address.
	 * @param email the email as typed
	 * @param address the client's address
	 * @return the attempt, to {@link #succeeded} when the password was right
	 * @throws ProblemException 429 with {@code Retry-After} when either is over its limit
	 */
	Attempt attempt(String email, String address) {
		String account = "account:" + email.strip().toLowerCase(Locale.ROOT);
		String client = "address:" + address;
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			Instant since = now.minus(this.properties.window());
			this.jdbc.update("DELETE FROM login_attempt WHERE attempted_at < ?", Timestamp.from(since));
			refuseIfOver(account, this.properties.perAccount(), since, now);
			refuseIfOver(client, this.properties.perAddress(), since, now);
			Attempt attempt = new Attempt(List.of(UUID.randomUUID(), UUID.randomUUID()));
			insert(attempt.ids().get(0), account, now);
			insert(attempt.ids().get(1), client, now);
			return attempt;
		});
	}

	/** The password was right: the attempt does not count. */
	void succeeded(Attempt attempt) {
		this.jdbc.update("DELETE FROM login_attempt WHERE id IN (?, ?)", attempt.ids().get(0), attempt.ids().get(1));
	}

	private void refuseIfOver(String subject, int limit, Instant since, Instant now) {
		// one attempt at a time per subject, until this transaction ends
		this.jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?))", (row) -> null, subject);
		List<Timestamp> attempts = this.jdbc.queryForList(
				"SELECT attempted_at FROM login_attempt WHERE subject = ? AND attempted_at >= ? ORDER BY attempted_at",
				Timestamp.class, subject, Timestamp.from(since));
		if (attempts.size() >= limit) {
			// the oldest counted attempt leaves the window first
			Instant free = attempts.get(attempts.size() - limit).toInstant().plus(this.properties.window());
			throw new TooManyAttempts(Duration.between(now, free));
		}
	}

	private void insert(UUID id, String subject, Instant now) {
		this.jdbc.update("INSERT INTO login_attempt (id, subject, attempted_at) VALUES (?, ?, ?)", id, subject,
				Timestamp.from(now));
	}

	/** The rows of one attempt, one per subject. */
	record Attempt(List<UUID> ids) {

	}

	/** 429 with the seconds to wait. */
	static class TooManyAttempts extends ProblemException {

		TooManyAttempts(Duration wait) {
			super(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests",
					"Too many failed logins; try again later");
			getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)));
		}

	}

}
