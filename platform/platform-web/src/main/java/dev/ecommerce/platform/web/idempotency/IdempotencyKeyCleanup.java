package dev.ecommerce.platform.web.idempotency;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Deletes the records of expired keys once an hour, so that the table holds about a day
 * of requests.
 */
class IdempotencyKeyCleanup implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyCleanup.class);

	private final IdempotencyKeys keys;

	private ScheduledExecutorService executor;

	IdempotencyKeyCleanup(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@Override
	public synchronized void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "idempotency-key-cleanup");
			thread.setDaemon(true);
			return thread;
		});
		this.executor.scheduleWithFixedDelay(this::deleteExpired, 1, 60, TimeUnit.MINUTES);
	}

	private void deleteExpired() {
		try {
			int deleted = this.keys.deleteExpired();
			log.debug("Deleted {} expired idempotency keys", deleted);
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete expired idempotency keys; will try again: {}", ex.getMessage());
		}
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
