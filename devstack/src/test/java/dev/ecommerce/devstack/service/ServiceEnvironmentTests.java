package dev.ecommerce.devstack.service;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTests {

	private final ServiceCatalog catalog = ServiceCatalog.standard();

	private final ServiceEnvironment environment = new ServiceEnvironment(this.catalog,
			new InfrastructureEndpoints((database) -> "jdbc:postgresql://localhost:15432/" + database, "postgres",
					"secret", "localhost:9092", 3025));

	@Test
	void aServiceGetsItsPortItsDatabaseKafkaAndTheDemoProfile() {
		Map<String, String> variables = this.environment.of(this.catalog.get("order"));

		assertThat(variables).containsEntry("SERVER_PORT", "8083")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:15432/order")
			.containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
			.containsEntry("SPRING_DATASOURCE_PASSWORD", "secret")
			.containsEntry("SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE", "2")
			.containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
			.containsEntry("SPRING_PROFILES_ACTIVE", "demo")
			.containsEntry("SPRING_MAIL_HOST", "localhost")
			.containsEntry("SPRING_MAIL_PORT", "3025")
			.containsEntry("ECOMMERCE_SECURITY_JWT_JWKS_URI", "http://localhost:8085/.well-known/jwks.json")
			.containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
	}

	@Test
	void everyServiceIsReachableByClientAndByGatewayRoute() {
		Map<String, String> variables = this.environment.of(this.catalog.get("cart"));

		assertThat(variables).containsEntry("ECOMMERCE_CLIENTS_PRODUCT_URL", "http://localhost:8081")
			.containsEntry("ECOMMERCE_CLIENTS_NOTIFICATION_URL", "http://localhost:8089")
			.containsEntry("ECOMMERCE_GATEWAY_SERVICES_USER_URL", "http://localhost:8085")
			.containsEntry("ECOMMERCE_GATEWAY_SERVICES_RECOMMENDATION_URL", "http://localhost:8088")
			.doesNotContainKey("ECOMMERCE_CLIENTS_GATEWAY_URL");
	}

	@Test
	void everyServiceGetsItsOwnSecretAndTheUserServiceOnlyTheirHashes() {
		Map<String, String> order = this.environment.of(this.catalog.get("order"));
		Map<String, String> cart = this.environment.of(this.catalog.get("cart"));
		Map<String, String> user = this.environment.of(this.catalog.get("user"));

		assertThat(order).containsEntry("ECOMMERCE_SERVICE_ACCOUNT_CLIENT_ID", "order-service")
			.containsEntry("ECOMMERCE_SERVICE_ACCOUNT_TOKEN_URI", "http://localhost:8085/auth/token");
		String orderSecret = order.get("ECOMMERCE_SERVICE_ACCOUNT_CLIENT_SECRET");
		assertThat(orderSecret).hasSizeGreaterThanOrEqualTo(43)
			.isNotEqualTo(cart.get("ECOMMERCE_SERVICE_ACCOUNT_CLIENT_SECRET"));
		String clients = user.get("SPRING_APPLICATION_JSON");
		assertThat(clients).startsWith("{\"ecommerce\":{\"user\":{\"service-clients\":{")
			.contains("\"order-service\":{\"secret-hash\":\"$argon2id$")
			.doesNotContain(orderSecret);
		Matcher hash = Pattern.compile("\"order-service\":\\{\"secret-hash\":\"([^\"]+)\"").matcher(clients);
		assertThat(hash.find()).isTrue();
		assertThat(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().matches(orderSecret, hash.group(1))).isTrue();
		assertThat(order).doesNotContainKey("SPRING_APPLICATION_JSON");
	}

	@Test
	void theGatewayGetsNoDatabase() {
		Map<String, String> variables = this.environment.of(this.catalog.gateway());

		assertThat(variables).containsEntry("SERVER_PORT", "8080")
			.containsEntry("ECOMMERCE_GATEWAY_SERVICES_PRODUCT_URL", "http://localhost:8081")
			.doesNotContainKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
					"ECOMMERCE_SERVICE_ACCOUNT_CLIENT_SECRET");
	}

	@Test
	void movedPortsAreWhatTheOthersAreTold() {
		ServiceCatalog moved = this.catalog.withPorts(Map.of("user", 18085));
		ServiceEnvironment movedEnvironment = new ServiceEnvironment(moved,
				new InfrastructureEndpoints((database) -> database, "u", "p", "k:1", 13025));

		assertThat(movedEnvironment.of(moved.get("order")))
			.containsEntry("ECOMMERCE_CLIENTS_USER_URL", "http://localhost:18085")
			.containsEntry("ECOMMERCE_SECURITY_JWT_JWKS_URI", "http://localhost:18085/.well-known/jwks.json");
	}

}
