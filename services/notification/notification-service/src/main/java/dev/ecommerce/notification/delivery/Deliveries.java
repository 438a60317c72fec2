package dev.ecommerce.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.notification.NotificationProperties;
import dev.ecommerce.notification.api.Channel;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications waiting for delivery, and the record of each attempt.
 */
@Repository
class Deliveries {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final NotificationProperties.Delivery settings;

	Deliveries(JdbcClient jdbc, Clock clock, NotificationProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = properties.delivery();
	}

	/**
	 * Takes the due notifications, and keeps them from other rounds for the lease:
	 * several instances can deliver side by side, and one that dies leaves its share to
	 * be tried again.
	 */
	@Transactional
	List<Outgoing> claimDue() {
		Instant now = this.clock.instant();
		List<Outgoing> due = this.jdbc
			.sql("""
					SELECT id, kind, channel, recipient_id, address, subject, text_body, html_body, unsubscribe_url, attempts
					FROM notification
					WHERE status = 'PENDING' AND next_attempt_at <= ?
					ORDER BY next_attempt_at
					LIMIT ?
					FOR UPDATE SKIP LOCKED""")
			.params(now.atOffset(ZoneOffset.UTC), this.settings.batchSize())
			.query((rs, n) -> new Outgoing(rs.getObject("id", UUID.class), rs.getString("kind"),
					Channel.valueOf(rs.getString("channel")), rs.getObject("recipient_id", UUID.class),
					rs.getString("address"), rs.getString("subject"), rs.getString("text_body"),
					rs.getString("html_body"), rs.getString("unsubscribe_url"), rs.getInt("attempts")))
			.list();
		for (Outgoing outgoing : due) {
			this.jdbc.sql("UPDATE notification SET next_attempt_at = ? WHERE id = ?")
				.params(now.plus(this.settings.lease()).atOffset(ZoneOffset.UTC), outgoing.id())
				.update();
		}
		return due;
	}

	/** Records a delivered notification. */
	@Transactional
	void delivered(Outgoing outgoing) {
		int attempt = outgoing.attempts() + 1;
		var now = this.clock.instant().atOffset(ZoneOffset.UTC);
		int updated = this.jdbc.sql("""
				UPDATE notification SET status = 'SENT', attempts = ?, sent_at = ?, next_attempt_at = NULL,
					last_error = NULL
				WHERE id = ? AND status = 'PENDING'""").params(attempt, now, outgoing.id()).update();
		if (updated > 0) {
			logAttempt(outgoing.id(), attempt, "SENT", null);
			forgetSecrets(outgoing);
		}
	}

	/**
	 * Records a failed attempt: the notification is tried again after a pause that
	 * doubles each time, or is FAILED once it has had all its attempts.
	 */
	@Transactional
	void failed(Outgoing outgoing, String error) {
		int attempt = outgoing.attempts() + 1;
		boolean last = attempt >= this.settings.maxAttempts();
		Instant next = this.clock.instant().plus(this.settings.backoffAfter(attempt));
		int updated = this.jdbc.sql("""
				UPDATE notification SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?
				WHERE id = ? AND status = 'PENDING'""")
			.params(last ? "FAILED" : "PENDING", attempt, last ? null : next.atOffset(ZoneOffset.UTC), error,
					outgoing.id())
			.update();
		if (updated > 0) {
			logAttempt(outgoing.id(), attempt, "FAILED", error);
			if (last) {
				forgetSecrets(outgoing);
			}
		}
	}

	private void logAttempt(UUID id, int attempt, String outcome, @Nullable String error) {
		this.jdbc
			.sql("INSERT INTO notification_attempt (notification_id, attempt, at, outcome, error) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(id, attempt, this.clock.instant().atOffset(ZoneOffset.UTC), outcome, error)
			.update();
	}

	/**
	 * A password reset's link carries a live token: it is not kept once the mail is out.
	 */
	private void forgetSecrets(Outgoing outgoing) {
		if ("PASSWORD_RESET".equals(outgoing.kind())) {
			this.jdbc.sql("UPDATE notification SET text_body = '', html_body = NULL WHERE id = ?")
				.param(outgoing.id())
				.update();
		}
	}

}
