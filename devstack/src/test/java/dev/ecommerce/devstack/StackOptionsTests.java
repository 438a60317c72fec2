package dev.ecommerce.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.ecommerce.devstack.service.ServiceDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StackOptionsTests {

	private static final Path ROOT = Path.of("/work/shop");

	@Test
	void withoutEnvironmentEverythingIsEmbeddedOnTheDefaultPorts() {
		StackOptions options = StackOptions.fromEnvironment(ROOT, Map.of());

		assertThat(options.postgresPort()).isEqualTo(15432);
		assertThat(options.kafkaPort()).isEqualTo(9092);
		assertThat(options.database()).isEmpty();
		assertThat(options.kafka()).isEmpty();
		assertThat(options.startTimeout()).isEqualTo(Duration.ofSeconds(120));
		assertThat(options.logs()).isEqualTo(ROOT.resolve("logs"));
		assertThat(options.runDirectory()).isEqualTo(ROOT.resolve(".shop"));
		assertThat(options.selected()).hasSize(10);
	}

	@Test
	void theEnvironmentMovesPortsAndNamesExternalServers() {
		StackOptions options = StackOptions.fromEnvironment(ROOT,
				Map.of("SHOP_POSTGRES_PORT", "25432", "SHOP_KAFKA_PORT", "19092", "SHOP_DATABASE_URL",
						"jdbc:postgresql://db:5432/postgres", "SHOP_DATABASE_USERNAME", "shop",
						"SHOP_DATABASE_PASSWORD", "pw", "SHOP_KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
						"SHOP_START_TIMEOUT", "300"));

		assertThat(options.postgresPort()).isEqualTo(25432);
		assertThat(options.kafkaPort()).isEqualTo(19092);
		assertThat(options.database())
			.hasValue(new StackOptions.ExternalDatabase("jdbc:postgresql://db:5432/postgres", "shop", "pw"));
		assertThat(options.kafka()).hasValue("broker:9092");
		assertThat(options.startTimeout()).isEqualTo(Duration.ofSeconds(300));
	}

	@Test
	void aPortThatIsNoPortIsRefusedNamingTheVariable() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StackOptions.fromEnvironment(ROOT, Map.of("SHOP_POSTGRES_PORT", "fifteen")))
			.withMessage("SHOP_POSTGRES_PORT must be a port number (1-65535), not 'fifteen'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StackOptions.fromEnvironment(ROOT, Map.of("SHOP_KAFKA_PORT", "70000")));
	}

	@Test
	void howManyServicesStartAtOnceFollowsTheCoresUnlessSet() {
		assertThat(StackOptions.fromEnvironment(ROOT, Map.of()).startConcurrency())
			.isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors() + 1));
		assertThat(StackOptions.fromEnvironment(ROOT, Map.of("SHOP_START_CONCURRENCY", "10")).startConcurrency())
			.isEqualTo(10);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StackOptions.fromEnvironment(ROOT, Map.of("SHOP_START_CONCURRENCY", "0")))
			.withMessage("SHOP_START_CONCURRENCY must be a positive number, not '0'");
	}

	@Test
	void aSubsetOfServicesKeepsTheGateway() {
		StackOptions options = StackOptions.fromEnvironment(ROOT, Map.of()).withServices(List.of("product"));

		assertThat(options.selected()).extracting(ServiceDefinition::name).containsExactly("gateway", "product");
	}

	@Test
	void thePasswordOfAnExternalDatabaseIsNotPrinted() {
		assertThat(new StackOptions.ExternalDatabase("jdbc:postgresql://db/postgres", "shop", "secret").toString())
			.doesNotContain("secret");
	}

}
