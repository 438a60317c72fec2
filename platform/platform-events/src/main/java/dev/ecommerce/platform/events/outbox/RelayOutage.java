package dev.ecommerce.platform.events.outbox;

import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Whether the relay is failing, how long to pause before its next attempt, and what to
 * tell the operator: one warning when an outage begins and one line when it ends, not one
 * per event or per attempt.
 */
class RelayOutage {

	private static final Log logger = LogFactory.getLog(OutboxRelay.class);

	/** Enough doublings to reach any sensible maximum, few enough not to overflow. */
	private static final int MAX_DOUBLINGS = 20;

	private final Duration firstPause;

	private final Duration maxPause;

	/** Written by the relay's thread only, read by others. */
	private volatile int failedAttempts;

	private @Nullable Instant since;

	RelayOutage(Duration firstPause, Duration maxPause) {
		this.firstPause = firstPause;
		this.maxPause = maxPause;
	}

	/**
	 * Counts a failed attempt and says how long to pause before the next.
	 */
	Duration failed(Exception failure, Instant now) {
		this.failedAttempts++;
		if (this.failedAttempts == 1) {
			this.since = now;
			logger.warn("Could not publish outbox events (" + describe(failure)
					+ "); they stay in the outbox and are sent once Kafka and the database are reachable");
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Outbox relay attempt " + this.failedAttempts + " failed: " + describe(failure));
		}
		return pause();
	}

	void succeeded(Instant now) {
		if (this.failedAttempts > 0) {
			logger.info("Publishing outbox events again after " + this.failedAttempts + " failed attempts over "
					+ Duration.between(this.since, now));
		}
		this.failedAttempts = 0;
		this.since = null;
	}

	boolean ongoing() {
		return this.failedAttempts > 0;
	}

	/** Doubles with every failed attempt, from the poll interval up to the maximum. */
	Duration pause() {
		if (this.failedAttempts == 0) {
			return Duration.ZERO;
		}
		Duration pause = this.firstPause.multipliedBy(1L << Math.min(this.failedAttempts - 1, MAX_DOUBLINGS));
		return (pause.compareTo(this.maxPause) > 0) ? this.maxPause : pause;
	}

	private static String describe(Exception failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause == failure) ? failure.toString() : failure + ", caused by " + cause;
	}

}
