package dev.ecommerce.platform.events.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.ecommerce.platform.events.EventsProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionOperations;

/**
 * One round of the relay, in one transaction: become the relay by taking the advisory
 * lock, send the oldest unpublished events in publish order, and mark those Kafka
 * acknowledged - in order, up to the first failure, so that an event is never marked
 * while an earlier one of the same batch still waits. The lock is held until the marks
 * commit, so no other instance sends the same events meanwhile.
 */
class RelayRound {

	private static final Log logger = LogFactory.getLog(RelayRound.class);

	private final OutboxEvents events;

	private final CloudEventSender sender;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final EventsProperties.Relay settings;

	private final Duration handledRetention;

	private Instant nextCleanup = Instant.MIN;

	RelayRound(OutboxEvents events, CloudEventSender sender, TransactionOperations transactions, Clock clock,
			EventsProperties.Relay settings, Duration handledRetention) {
		this.events = events;
		this.sender = sender;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = settings;
		this.handledRetention = handledRetention;
	}

	Outcome run() {
		Outcome outcome = this.transactions.execute((status) -> {
			if (!this.events.lockForRelay()) {
				return Outcome.NOT_THE_RELAY;
			}
			cleanUpIfDue();
			List<OutboxEvent> batch = this.events.unpublished(this.settings.batchSize());
			CloudEventSender.Delivery delivery = this.sender.send(batch);
			if (!delivery.acknowledged().isEmpty()) {
				this.events.markPublished(delivery.acknowledged(), this.clock.instant());
			}
			boolean more = batch.size() == this.settings.batchSize();
			return new Outcome(delivery.acknowledged().size(), more, delivery.failure());
		});
		return (outcome != null) ? outcome : Outcome.NOT_THE_RELAY;
	}

	private void cleanUpIfDue() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.nextCleanup)) {
			return;
		}
		int deleted = this.events.deletePublishedBefore(now.minus(this.settings.retention()));
		int forgotten = this.events.deleteHandledBefore(now.minus(this.handledRetention));
		if ((deleted > 0 || forgotten > 0) && logger.isDebugEnabled()) {
			logger.debug("Deleted " + deleted + " published outbox events older than " + this.settings.retention()
					+ " and " + forgotten + " handled event ids older than " + this.handledRetention);
		}
		this.nextCleanup = now.plus(this.settings.cleanupInterval());
	}

	/**
	 * What a round did.
	 *
	 * @param published how many events it marked published
	 * @param more whether it filled its batch, so that more may be waiting
	 * @param failure why it stopped short, if it did
	 */
	record Outcome(int published, boolean more, @Nullable Exception failure) {

		static final Outcome NOT_THE_RELAY = new Outcome(0, false, null);

	}

}
