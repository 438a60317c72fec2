package dev.ecommerce.platform.events.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox table. Every method runs in the caller's transaction.
 */
class OutboxEvents {

	/**
	 * The advisory lock that makes one instance of a service its relay at a time, which
	 * keeps the events of one key in order across instances. One database belongs to one
	 * service, so one constant number suffices.
	 */
	static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"

	private final JdbcTemplate jdbc;

	OutboxEvents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(OutboxEvent event) {
		this.jdbc.update("""
				INSERT INTO outbox_event (id, topic, message_key, type, source, subject, occurred_at, payload)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", event.id(), event.topic(), event.key(), event.type(),
				event.source(), event.subject(), utc(event.occurredAt()), event.payload());
	}

	/**
	 * Takes the relay's lock until the end of the transaction, unless another instance
	 * holds it.
	 * @return whether this transaction holds the lock
	 */
	boolean lockForRelay() {
		return Boolean.TRUE
			.equals(this.jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, RELAY_LOCK));
	}

	/** The oldest unpublished events, in publish order. */
	List<OutboxEvent> unpublished(int limit) {
		return this.jdbc.query("""
				SELECT id, topic, message_key, type, source, subject, occurred_at, payload::text AS payload
				FROM outbox_event WHERE published_at IS NULL ORDER BY sequence LIMIT ?""", OutboxEvents::event, limit);
	}

	void markPublished(List<OutboxEvent> events, Instant publishedAt) {
		this.jdbc.batchUpdate("UPDATE outbox_event SET published_at = ? WHERE id = ?", events, events.size(),
				(statement, event) -> {
					statement.setObject(1, utc(publishedAt));
					statement.setObject(2, event.id());
				});
	}

	/**
	 * Deletes the events published before the instant, returning how many.
	 */
	int deletePublishedBefore(Instant instant) {
		return this.jdbc.update("DELETE FROM outbox_event WHERE published_at < ?", utc(instant));
	}

	long countUnpublished() {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE published_at IS NULL",
				Long.class);
		return (count != null) ? count : 0;
	}

	@Nullable Instant oldestUnpublished() {
		OffsetDateTime oldest = this.jdbc.queryForObject(
				"SELECT min(occurred_at) FROM outbox_event WHERE published_at IS NULL", OffsetDateTime.class);
		return (oldest != null) ? oldest.toInstant() : null;
	}

	/** The other table of the platform's events schema, cleaned up on the same round. */
	int deleteHandledBefore(Instant instant) {
		return this.jdbc.update("DELETE FROM handled_event WHERE handled_at < ?", utc(instant));
	}

	private static OutboxEvent event(ResultSet row, int rowNumber) throws SQLException {
		OffsetDateTime occurredAt = row.getObject("occurred_at", OffsetDateTime.class);
		return new OutboxEvent(row.getObject("id", UUID.class), row.getString("topic"), row.getString("message_key"),
				row.getString("type"), row.getString("source"), row.getString("subject"), occurredAt.toInstant(),
				row.getString("payload"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
