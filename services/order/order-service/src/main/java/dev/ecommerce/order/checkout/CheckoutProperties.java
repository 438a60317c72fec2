package dev.ecommerce.order.checkout;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the checkout saga runs (ADR 12).
 *
 * @param deadline how long an order may stay {@code PENDING}: after it, the checkout is
 * given up and compensated ({@code REJECTED})
 * @param maxAttempts how often a step before confirmation may fail on an unavailable peer
 * before the checkout is given up
 * @param retryBackoff the pause after a step's first failure, doubled for each next one
 * @param maxBackoff the longest pause between attempts (steps after confirmation and
 * compensations retry until they succeed, at most this far apart)
 * @param lease how long a worker owns an order while it runs a step; another takes over
 * after that (a crashed worker)
 * @param workerInterval how often the worker looks for due steps
 * @param batchSize how many orders one round of the worker takes
 * @param reservationTtl how long the inventory holds the stock: longer than the deadline,
 * so that a confirmed order's stock is still held when it is committed
 */
@ConfigurationProperties("ecommerce.checkout")
public record CheckoutProperties(@DefaultValue("15m") Duration deadline, @DefaultValue("6") int maxAttempts,
		@DefaultValue("1s") Duration retryBackoff, @DefaultValue("15s") Duration maxBackoff,
		@DefaultValue("30s") Duration lease, @DefaultValue("1s") Duration workerInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("30m") Duration reservationTtl) {

	public CheckoutProperties {
		if (maxAttempts < 1 || batchSize < 1) {
			throw new IllegalArgumentException("ecommerce.checkout.max-attempts and batch-size must be at least 1");
		}
		if (reservationTtl.compareTo(deadline) <= 0) {
			throw new IllegalArgumentException(
					"ecommerce.checkout.reservation-ttl must be longer than the deadline, so that stock is held until the order is confirmed");
		}
	}

	/** The pause before the next attempt after {@code attempts} failures. */
	Duration backoff(int attempts) {
		long factor = 1L << Math.min(attempts - 1, 20);
		Duration pause = this.retryBackoff.multipliedBy(Math.max(1, factor));
		return (pause.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : pause;
	}

}
