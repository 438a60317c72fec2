package dev.ecommerce.gateway;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ecommerce.gateway.cors.CorsProperties;
import dev.ecommerce.gateway.ratelimit.RateLimitProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The environment variables the README names do reach the settings. */
class EnvironmentVariablesTests {

	@Test
	void rateLimitsAreSetFromTheEnvironment() {
		RateLimitProperties limits = bind("ecommerce.gateway.rate-limit", RateLimitProperties.class,
				Map.of("ECOMMERCE_GATEWAY_RATE_LIMIT_ENABLED", "false", "ECOMMERCE_GATEWAY_RATE_LIMIT_CAPACITY", "50",
						"ECOMMERCE_GATEWAY_RATE_LIMIT_REFILL_TOKENS", "10",
						"ECOMMERCE_GATEWAY_RATE_LIMIT_REFILL_PERIOD", "2s", "ECOMMERCE_GATEWAY_RATE_LIMIT_MAX_CLIENTS",
						"500"));

		assertThat(limits).isEqualTo(new RateLimitProperties(false, 50, 10, Duration.ofSeconds(2), 500));
	}

	@Test
	void allowedOriginsAreSetFromTheEnvironment() {
		CorsProperties cors = bind("ecommerce.gateway.cors", CorsProperties.class,
				Map.of("ECOMMERCE_GATEWAY_CORS_ALLOWED_ORIGINS", "https://shop.example.com,https://admin.example.com",
						"ECOMMERCE_GATEWAY_CORS_MAX_AGE", "1h"));

		assertThat(cors.allowedOrigins()).containsExactly("https://shop.example.com", "https://admin.example.com");
		assertThat(cors.maxAge()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void withNothingSetTheDefaultsHold() {
		assertThat(bind("ecommerce.gateway.rate-limit", RateLimitProperties.class, Map.of()))
			.isEqualTo(new RateLimitProperties(true, 400, 200, Duration.ofSeconds(1), 20_000));
		assertThat(bind("ecommerce.gateway.cors", CorsProperties.class, Map.of()).allowedOrigins())
			.containsExactly("http://localhost:3000", "http://localhost:5173");
	}

	private static <T> T bind(String prefix, Class<T> type, Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("environment", variables));
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment).bindOrCreate(prefix, type);
	}

}
