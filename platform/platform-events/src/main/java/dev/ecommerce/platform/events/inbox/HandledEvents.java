package dev.ecommerce.platform.events.inbox;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Makes a consumer idempotent. Kafka delivers at least once, so an event can arrive again
 * (after a rebalance, a crash before the offset commit, or a republish by the outbox);
 * each consumer records the ids of the events it has handled in the same transaction as
 * their effect, and skips a repeat.
 */
public class HandledEvents {

	private final JdbcTemplate jdbc;

	private final TransactionOperations transactions;

	private final Clock clock;

	HandledEvents(JdbcTemplate jdbc, TransactionOperations transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Applies the effect of an event unless this consumer has handled it already. The
	 * record of the event and the effect commit or roll back together, in the caller's
	 * transaction if there is one, else in a new one: an effect that throws leaves
	 * nothing recorded, so a redelivery applies it.
	 * @param consumer names what handles the event, such as {@code stock-reservation};
	 * each consumer handles every event once
	 * @param event the event
	 * @param effect what handling it does, in the database of this service
	 * @return whether the effect was applied; {@code false} for a repeat
	 */
	public boolean handleOnce(String consumer, IncomingEvent event, Runnable effect) {
		if (consumer.isBlank()) {
			throw new IllegalArgumentException("A consumer needs a name");
		}
		Boolean applied = this.transactions.execute((status) -> {
			// a concurrent delivery of the same event waits here for the first to commit
			int recorded = this.jdbc.update("""
					INSERT INTO handled_event (consumer, event_id, handled_at) VALUES (?, ?, ?)
					ON CONFLICT (consumer, event_id) DO NOTHING""", consumer, event.id(),
					this.clock.instant().atOffset(ZoneOffset.UTC));
			if (recorded == 0) {
				return false;
			}
			effect.run();
			return true;
		});
		return Boolean.TRUE.equals(applied);
	}

}
