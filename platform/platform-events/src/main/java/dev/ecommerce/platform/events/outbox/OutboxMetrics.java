package dev.ecommerce.platform.events.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.dao.DataAccessException;

/**
 * How far the relay is behind, for an alert: the number of events Kafka has not
 * acknowledged yet, and the age of the oldest. Both stay near zero while the relay keeps
 * up; a growing age means events are not leaving (Kafka down, relay stopped on every
 * instance). Read from the database on each scrape; {@code NaN} when it cannot be read.
 */
class OutboxMetrics implements MeterBinder {

	private final OutboxEvents events;

	private final Clock clock;

	OutboxMetrics(OutboxEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("ecommerce.outbox.unpublished", this, OutboxMetrics::unpublished)
			.description("Events in the outbox that Kafka has not acknowledged yet")
			.register(registry);
		Gauge.builder("ecommerce.outbox.oldest.unpublished.age", this, OutboxMetrics::oldestAgeSeconds)
			.description("How long the oldest event Kafka has not acknowledged has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	double unpublished() {
		try {
			return this.events.countUnpublished();
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

	double oldestAgeSeconds() {
		try {
			Instant oldest = this.events.oldestUnpublished();
			return (oldest != null) ? Math.max(0, Duration.between(oldest, this.clock.instant()).toMillis() / 1000.0)
					: 0;
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
