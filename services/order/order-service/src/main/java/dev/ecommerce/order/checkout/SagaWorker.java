package dev.ecommerce.order.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs the checkout sagas that are due: a new order at once, a step that failed when its
 * backoff is over, and an order whose worker died (its lease ran out) — which is how the
 * checkout resumes after a crash. Several instances share the work: each claims orders
 * with {@code FOR UPDATE SKIP LOCKED} and a lease.
 */
@Component
class SagaWorker {

	private static final Logger log = LoggerFactory.getLogger(SagaWorker.class);

	private final SagaRows rows;

	private final CheckoutSaga saga;

	private final CheckoutProperties properties;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("checkout-");

	SagaWorker(SagaRows rows, CheckoutSaga saga, CheckoutProperties properties, TransactionOperations transactions,
			Clock clock) {
		this.rows = rows;
		this.saga = saga;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
		this.executor.setVirtualThreads(Runtime.version().feature() >= 21);
		this.executor.setConcurrencyLimit(32);
	}

	@Scheduled(fixedDelayString = "${ecommerce.checkout.worker-interval:1s}")
	void runDue() {
		Instant now = this.clock.instant();
		List<UUID> due = this.transactions
			.execute((tx) -> this.rows.claimDue(now, now.plus(this.properties.lease()), this.properties.batchSize()));
		if (due != null) {
			due.forEach(this::runClaimed);
		}
	}

	/** Runs an order's saga soon, off the caller's thread. */
	void nudge(UUID id) {
		this.executor.execute(() -> runNow(id));
	}

	/** Runs an order's saga now, unless another worker has it. */
	void runNow(UUID id) {
		Instant now = this.clock.instant();
		if (Boolean.TRUE
			.equals(this.transactions.execute((tx) -> this.rows.claim(id, now, now.plus(this.properties.lease()))))) {
			runClaimed(id);
		}
	}

	private void runClaimed(UUID id) {
		try {
			this.saga.run(id);
		}
		catch (RuntimeException ex) {
			// its lease runs out and it is tried again
			log.error("Checkout of order {} failed", id, ex);
		}
	}

}
