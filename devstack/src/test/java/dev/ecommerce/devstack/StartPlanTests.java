package dev.ecommerce.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.ecommerce.devstack.port.PortClaim;
import dev.ecommerce.devstack.service.JarFinder;
import dev.ecommerce.devstack.service.ServiceDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StartPlanTests {

	@TempDir
	Path root;

	@Test
	void builtServicesStartTheOthersAreSkippedWithTheReason() throws IOException {
		StackOptions options = StackOptions.fromEnvironment(this.root, Map.of())
			.withServices(List.of("product", "cart"));
		FakeServiceJars.build(this.root, options.catalog().get("product"));

		StartPlan plan = StartPlan.of(options, new JarFinder(this.root));

		assertThat(plan.toStart().keySet()).extracting(ServiceDefinition::name).containsExactly("product");
		assertThat(plan.skipped()).containsOnlyKeys("gateway", "cart")
			.containsEntry("cart", "not built (no services/cart/cart-service/target/cart-service-*.jar)");
	}

	@Test
	void everyPortIsClaimedBeforeAnythingStarts() throws IOException {
		StackOptions options = StackOptions.fromEnvironment(this.root, Map.of()).withServices(List.of("product"));
		FakeServiceJars.build(this.root, options.catalog().get("product"));

		assertThat(StartPlan.of(options, new JarFinder(this.root)).ports()).containsExactly(
				new PortClaim(15432, "postgres"), new PortClaim(9092, "kafka"), new PortClaim(3025, "mail (SMTP)"),
				new PortClaim(3143, "mail (IMAP)"), new PortClaim(8081, "product"));
	}

	@Test
	void externalServersNeedNoLocalPortButTheEmbeddedMailServerDoes() {
		StackOptions options = StackOptions.fromEnvironment(this.root, Map.of("SHOP_DATABASE_URL",
				"jdbc:postgresql://db:5432/postgres", "SHOP_KAFKA_BOOTSTRAP_SERVERS", "broker:9092"));

		assertThat(StartPlan.of(options, new JarFinder(this.root)).ports())
			.containsExactly(new PortClaim(3025, "mail (SMTP)"), new PortClaim(3143, "mail (IMAP)"));
	}

}
