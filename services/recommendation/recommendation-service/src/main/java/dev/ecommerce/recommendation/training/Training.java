package dev.ecommerce.recommendation.training;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.ecommerce.recommendation.model.TrainedModels;
import dev.ecommerce.recommendation.model.TrainingSet;
import dev.ecommerce.recommendation.signal.Interactions;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Trains the models on one background thread, one training at a time; serving goes on
 * with the version it has until the new one is stored.
 */
@Component
public class Training {

	private static final Logger log = LoggerFactory.getLogger(Training.class);

	private final Interactions interactions;

	private final ModelRegistry registry;

	private final TrainingProperties properties;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "model-training");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		return thread;
	});

	private final AtomicBoolean running = new AtomicBoolean();

	Training(Interactions interactions, ModelRegistry registry, TrainingProperties properties, Clock clock) {
		this.interactions = interactions;
		this.registry = registry;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Starts a training in the background, unless one is running.
	 * @return whether one was started
	 */
	public boolean start() {
		if (!this.running.compareAndSet(false, true)) {
			return false;
		}
		this.executor.execute(() -> {
			try {
				trainNow();
			}
			catch (RuntimeException ex) {
				log.error("Training failed; the models of version {} are still served",
						this.registry.serving().version(), ex);
			}
			finally {
				this.running.set(false);
			}
		});
		return true;
	}

	public boolean running() {
		return this.running.get();
	}

	/** Trains and stores a new version, on the caller's thread. */
	public ModelVersion trainNow() {
		long started = System.nanoTime();
		String fingerprint = this.interactions.fingerprint();
		TrainingSet.Builder collected = new TrainingSet.Builder();
		int count = this.interactions.forEach(collected::add);
		TrainedModels models = TrainedModels.train(collected, this.properties.settings());
		long millis = (System.nanoTime() - started) / 1_000_000;
		Instant trainedAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		ModelVersion version = this.registry.store(models, trainedAt, count, fingerprint, millis,
				this.properties.keptVersions());
		log.info("Trained version {} on {} interactions of {} products in {} ms", version.version(), count,
				models.items().size(), millis);
		return version;
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
