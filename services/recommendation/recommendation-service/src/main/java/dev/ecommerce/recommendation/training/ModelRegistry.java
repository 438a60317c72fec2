package dev.ecommerce.recommendation.training;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.ecommerce.recommendation.api.ModelVersionResponse;
import dev.ecommerce.recommendation.model.TrainedModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The stored versions of the models and the one being served. At start-up the newest
 * stored version is loaded before the service takes requests, so a restart serves it at
 * once; a newer version stored by another instance is picked up within a minute.
 */
@Component
public class ModelRegistry {

	private static final Logger log = LoggerFactory.getLogger(ModelRegistry.class);

	private static final ModelVersion NONE = ModelVersion.of(0, Instant.EPOCH, TrainedModels.empty());

	private final JdbcClient jdbc;

	private volatile ModelVersion serving;

	ModelRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.serving = loadNewer(0).orElse(NONE);
	}

	/** The version being served; version 0, empty, before any training. */
	public ModelVersion serving() {
		return this.serving;
	}

	/** Stores a newly trained version and serves it. */
	ModelVersion store(TrainedModels models, Instant trainedAt, int interactions, String fingerprint,
			long trainingMillis, int kept) {
		long version = this.jdbc.sql("""
				INSERT INTO trained_model (trained_at, interactions, items, fingerprint, training_millis, payload)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING version""")
			.params(trainedAt.atOffset(ZoneOffset.UTC), interactions, models.items().size(), fingerprint,
					trainingMillis, models.toBytes())
			.query(Long.class)
			.single();
		this.jdbc.sql("DELETE FROM trained_model WHERE version <= ?").param(version - kept).update();
		ModelVersion stored = ModelVersion.of(version, trainedAt, models);
		this.serving = stored;
		return stored;
	}

	/** The fingerprint of the signals the served version learned from. */
	Optional<String> servedFingerprint() {
		return this.jdbc.sql("SELECT fingerprint FROM trained_model WHERE version = ?")
			.param(this.serving.version())
			.query(String.class)
			.optional();
	}

	List<ModelVersionResponse> versions() {
		long serving = this.serving.version();
		return this.jdbc.sql("""
				SELECT version, trained_at, interactions, items, training_millis FROM trained_model
				ORDER BY version DESC""")
			.query((rs, row) -> new ModelVersionResponse(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
					rs.getInt(4), rs.getLong(5), rs.getLong(1) == serving))
			.list();
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void pickUpNewer() {
		loadNewer(this.serving.version()).ifPresent((newer) -> this.serving = newer);
	}

	private Optional<ModelVersion> loadNewer(long than) {
		return this.jdbc.sql("""
				SELECT version, trained_at, payload FROM trained_model WHERE version > ?
				ORDER BY version DESC LIMIT 1""")
			.param(than)
			.query((rs, row) -> ModelVersion.of(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					TrainedModels.fromBytes(rs.getBytes(3))))
			.optional()
			.map((version) -> {
				log.info("Serving the models of version {} trained at {}", version.version(), version.trainedAt());
				return version;
			});
	}

}
