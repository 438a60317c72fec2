package dev.ecommerce.recommendation.training;

import java.util.Objects;

import dev.ecommerce.recommendation.signal.Interactions;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Trains when the signals changed since the served version and then stayed unchanged for
 * one interval, so that a burst of events (a catalog import, the demo history) trains
 * once.
 */
@Component
class TrainingSchedule {

	private final Interactions interactions;

	private final ModelRegistry registry;

	private final Training training;

	private @Nullable String previous;

	TrainingSchedule(Interactions interactions, ModelRegistry registry, Training training) {
		this.interactions = interactions;
		this.registry = registry;
		this.training = training;
	}

	@Scheduled(fixedDelayString = "${ecommerce.recommendation.training.interval:10m}",
			initialDelayString = "${ecommerce.recommendation.training.interval:10m}")
	void check() {
		String now = this.interactions.fingerprint();
		boolean settled = Objects.equals(now, this.previous);
		this.previous = now;
		if (settled && !now.equals(this.registry.servedFingerprint().orElse(null))) {
			this.training.start();
		}
	}

}
