package dev.ecommerce.platform.events.outbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How a commit that published events wakes the relay, so that they go out at once rather
 * than at its next poll; and how shutdown ends the relay's wait.
 */
class RelayWakeup {

	private boolean signalled;

	private boolean stopped;

	/**
	 * An event was committed. A signal while the relay is busy makes its next wait short.
	 */
	synchronized void signal() {
		this.signalled = true;
		notifyAll();
	}

	synchronized void stop() {
		this.stopped = true;
		notifyAll();
	}

	synchronized void reset() {
		this.stopped = false;
	}

	/**
	 * Waits for the timeout, a stop, or - when {@code byCommits} - a commit. While the
	 * broker is failing the relay waits out its backoff, whatever is committed.
	 */
	synchronized void await(Duration timeout, boolean byCommits) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		long remaining = timeout.toNanos();
		while (!this.stopped && !(byCommits && this.signalled) && remaining > 0) {
			TimeUnit.NANOSECONDS.timedWait(this, remaining);
			remaining = deadline - System.nanoTime();
		}
		if (byCommits) {
			this.signalled = false;
		}
	}

}
