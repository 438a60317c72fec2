package dev.ecommerce.recommendation.training;

import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.recommendation.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each training is stored as a new version; a restarted service serves the newest at
 * once.
 */
class ModelPersistenceIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	private Training training;

	@Autowired
	private ModelRegistry registry;

	@Test
	void aRestartServesTheLastStoredVersionAtOnce() {
		UUID a = product("Striped Apron", null);
		UUID b = product("Striped Oven Glove", null);
		bought(UUID.randomUUID(), a, b);
		ModelVersion trained = this.training.trainNow();

		ModelVersion afterRestart = new ModelRegistry(this.jdbc).serving();

		assertThat(afterRestart.version()).isEqualTo(trained.version());
		assertThat(afterRestart.trainedAt()).isEqualTo(trained.trainedAt());
		assertThat(afterRestart.models().items()).isEqualTo(trained.models().items());
		int number = afterRestart.numberOf(a);
		assertThat(afterRestart.models().similar().targets()[number])
			.containsExactly(trained.models().similar().targets()[number]);
		assertThat(afterRestart.product(afterRestart.models().similar().targets()[number][0])).isEqualTo(b);
	}

	@Test
	void anAdminStartsATrainingInTheBackgroundAndSeesTheNewVersion() {
		bought(UUID.randomUUID(), product("Tea Towel", null), product("Tea Cosy", null));
		long before = this.registry.serving().version();

		Reply started = post("/recommendations/training", TestTokens.admin(), Map.of());

		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		assertThat(started.json().path("status").asString()).isIn("STARTED", "ALREADY_RUNNING");
		await().until(() -> this.registry.serving().version() > before);
		Reply versions = get("/recommendations/models", TestTokens.admin());
		assertThat(versions.json().get(0).path("version").asLong()).isEqualTo(this.registry.serving().version());
		assertThat(versions.json().get(0).path("serving").asBoolean()).isTrue();
		assertThat(versions.json().size()).as("older versions are dropped").isLessThanOrEqualTo(3);
	}

}
