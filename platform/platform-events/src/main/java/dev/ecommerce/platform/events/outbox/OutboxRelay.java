package dev.ecommerce.platform.events.outbox;

import java.time.Clock;
import java.time.Duration;

import dev.ecommerce.platform.events.EventsProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Sends committed outbox events to Kafka from one background thread, round after round:
 * at once after a commit wakes it, otherwise every poll interval, and with a growing
 * pause while Kafka or the database fails. It starts after the rest of the application
 * and stops first, without holding up shutdown for longer than its shutdown timeout.
 */
class OutboxRelay implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(OutboxRelay.class);

	private static final Duration JOIN_AFTER_INTERRUPT = Duration.ofSeconds(1);

	private final RelayRound round;

	private final RelayWakeup wakeup;

	private final Clock clock;

	private final EventsProperties.Relay settings;

	private final RelayOutage outage;

	/** The thread that relays; a thread that is no longer it ends its loop. */
	private volatile @Nullable Thread thread;

	OutboxRelay(RelayRound round, RelayWakeup wakeup, Clock clock, EventsProperties.Relay settings) {
		this.round = round;
		this.wakeup = wakeup;
		this.clock = clock;
		this.settings = settings;
		this.outage = new RelayOutage(settings.pollInterval(), settings.maxBackoff());
	}

	@Override
	public synchronized void start() {
		if (this.thread != null) {
			return;
		}
		this.wakeup.reset();
		Thread relay = new Thread(this::relay, "outbox-relay");
		// a relay that failed to stop must not keep the JVM alive
		relay.setDaemon(true);
		this.thread = relay;
		relay.start();
	}

	@Override
	public synchronized void stop() {
		Thread relay = this.thread;
		this.thread = null;
		this.wakeup.stop();
		if (relay == null) {
			return;
		}
		try {
			relay.join(this.settings.shutdownTimeout().toMillis());
			if (relay.isAlive()) {
				// blocked on an unreachable broker: the round's events are sent again
				relay.interrupt();
				relay.join(JOIN_AFTER_INTERRUPT.toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (relay.isAlive()) {
			logger.warn("The outbox relay did not stop in time; unacknowledged events are sent again later");
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	/** Whether the last round failed, so that the relay is pausing before the next. */
	boolean failing() {
		return this.outage.ongoing();
	}

	private void relay() {
		Duration wait = Duration.ZERO;
		boolean wakeOnCommit = true;
		while (relaying()) {
			try {
				this.wakeup.await(wait, wakeOnCommit);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			if (!relaying()) {
				return;
			}
			wait = runRound();
			wakeOnCommit = !this.outage.ongoing();
		}
	}

	/**
	 * Runs a round and says how long to wait before the next.
	 */
	private Duration runRound() {
		try {
			RelayRound.Outcome outcome = this.round.run();
			if (outcome.published() > 0 && logger.isDebugEnabled()) {
				logger.debug("Published " + outcome.published() + " outbox events");
			}
			Exception failure = outcome.failure();
			if (failure != null) {
				return failed(failure);
			}
			this.outage.succeeded(this.clock.instant());
			return outcome.more() ? Duration.ZERO : this.settings.pollInterval();
		}
		catch (RuntimeException ex) {
			return failed(ex);
		}
	}

	private boolean relaying() {
		return this.thread == Thread.currentThread();
	}

	private Duration failed(Exception failure) {
		if (!relaying()) {
			// interrupted by shutdown: not an outage
			return Duration.ZERO;
		}
		return this.outage.failed(failure, this.clock.instant());
	}

}
