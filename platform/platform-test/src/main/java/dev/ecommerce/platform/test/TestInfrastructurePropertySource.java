package dev.ecommerce.platform.test;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.PropertySource;

/**
 * Points a service under test at the test run's infrastructure. Each value is looked up
 * only when asked for, so a test that needs no database starts none.
 */
final class TestInfrastructurePropertySource extends PropertySource<Object> {

	static final String NAME = "ecommerceTestInfrastructure";

	/** Set by spring-kafka-test's global embedded broker. */
	static final String EMBEDDED_KAFKA_BROKERS = "spring.embedded.kafka.brokers";

	TestInfrastructurePropertySource() {
		super(NAME, new Object());
	}

	@Override
	public @Nullable Object getProperty(String name) {
		return switch (name) {
			case "spring.datasource.url" -> TestDatabase.get().jdbcUrl();
			case "spring.datasource.username" -> TestDatabase.get().username();
			case "spring.datasource.password" -> TestDatabase.get().password();
			case "spring.kafka.bootstrap-servers" -> System.getProperty(EMBEDDED_KAFKA_BROKERS);
			case "ecommerce.security.jwt.jwks-uri" -> TestJwks.get().uri();
			default -> null;
		};
	}

}
