package dev.ecommerce.notification.dispatch;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import dev.ecommerce.notification.api.Channel;
import dev.ecommerce.notification.api.NotificationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores new notifications. The inbox's are delivered by being stored; the others wait
 * for a delivery round, due at once.
 */
@Repository
class NotificationRows {

	private final JdbcClient jdbc;

	private final Clock clock;

	NotificationRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return 1 if created, 0 if this source already notified this recipient on this
	 * channel
	 */
	int create(Message message, Channel channel, @Nullable String address, Locale locale, Templates.Rendered content,
			@Nullable String unsubscribeUrl) {
		var now = this.clock.instant().atOffset(ZoneOffset.UTC);
		boolean inApp = channel == Channel.IN_APP;
		return this.jdbc.sql("""
				INSERT INTO notification (id, source_id, kind, category, recipient_id, channel, address, locale,
					subject, text_body, html_body, unsubscribe_url, status, attempts, next_attempt_at, created_at,
					sent_at)
				VALUES (:id, :source, :kind, :category, :recipient, :channel, :address, :locale, :subject, :text,
					:html, :unsubscribe, :status, 0, :due, :now, :sentAt)
				ON CONFLICT (source_id, recipient_id, channel) DO NOTHING""")
			.param("id", UUID.randomUUID())
			.param("source", message.sourceId())
			.param("kind", message.kind().name())
			.param("category", message.kind().category().key())
			.param("recipient", message.recipientId())
			.param("channel", channel.name())
			.param("address", address)
			.param("locale", locale.toLanguageTag())
			.param("subject", content.subject())
			.param("text", content.text())
			.param("html", content.html())
			.param("unsubscribe", unsubscribeUrl)
			.param("status", (inApp ? NotificationStatus.SENT : NotificationStatus.PENDING).name())
			.param("due", inApp ? null : now)
			.param("now", now)
			.param("sentAt", inApp ? now : null)
			.update();
	}

}
