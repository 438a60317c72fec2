package dev.ecommerce.platform.web.defaults;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every service starts with, at the lowest precedence, so that a service's own
 * {@code application.properties} or its environment can change any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

	static final String NAME = "ecommercePlatformDefaults";

	static final Map<String, Object> DEFAULTS = Map.ofEntries(
			// virtual threads where the JDK has them (21+); ignored on 17
			Map.entry("spring.threads.virtual.enabled", "true"),
			// answers carry no internals; errors are problem details
			Map.entry("server.error.include-stacktrace", "never"), Map.entry("server.error.include-message", "never"),
			Map.entry("server.error.include-binding-errors", "never"),
			// links and Location headers are right behind the gateway
			Map.entry("server.forward-headers-strategy", "framework"), Map.entry("server.shutdown", "graceful"),
			// health for orchestrators, metrics for Prometheus
			Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
			Map.entry("management.endpoint.health.probes.enabled", "true"),
			Map.entry("management.endpoint.health.show-details", "never"),
			// requests are observed whole, not each of Spring Security's steps (ADR 17)
			Map.entry("management.observations.enable.spring.security", "false"),
			// JSON logs, one event per line, with the request id
			Map.entry("logging.structured.format.console", "ecs"),
			// the schema is Flyway's; Hibernate only checks it
			Map.entry("spring.jpa.hibernate.ddl-auto", "validate"), Map.entry("spring.jpa.open-in-view", "false"),
			// calls to other services: fail fast, recover quickly
			Map.entry("resilience4j.circuitbreaker.configs.default.sliding-window-size", "20"),
			Map.entry("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", "10"),
			Map.entry("resilience4j.circuitbreaker.configs.default.failure-rate-threshold", "50"),
			Map.entry("resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", "10s"),
			Map.entry("resilience4j.circuitbreaker.configs.default.permitted-number-of-calls-in-half-open-state", "3"),
			Map.entry("resilience4j.retry.configs.default.max-attempts", "3"),
			Map.entry("resilience4j.retry.configs.default.wait-duration", "100ms"),
			Map.entry("resilience4j.retry.configs.default.enable-exponential-backoff", "true"),
			Map.entry("resilience4j.retry.configs.default.exponential-backoff-multiplier", "2"));

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource(NAME, DEFAULTS));
	}

}
