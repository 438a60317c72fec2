package dev.ecommerce.platform.web.idempotency;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.ecommerce.platform.web.defaults.ClockAutoConfiguration;
import dev.ecommerce.platform.web.problem.ProblemDetailsAutoConfiguration;
import dev.ecommerce.platform.web.problem.ProblemResponseWriter;
import dev.ecommerce.platform.web.schema.PlatformSchema;

/**
 * Idempotency keys for a service with a database; the keys live in its own database.
 */
@AutoConfiguration(after = { JdbcTemplateAutoConfiguration.class, ProblemDetailsAutoConfiguration.class,
		ClockAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBean(JdbcTemplate.class)
@ConditionalOnBooleanProperty(name = "ecommerce.idempotency.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

	/** After Spring Security's filter chain (order -100), before the application. */
	static final int FILTER_ORDER = 0;

	@Bean
	PlatformSchema idempotencySchema() {
		return new PlatformSchema("web", "classpath:db/platform/web");
	}

	@Bean
	IdempotencyKeys idempotencyKeys(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties) {
		return new IdempotencyKeys(jdbc, clock, properties);
	}

	@Bean
	IdempotencyKeyCleanup idempotencyKeyCleanup(IdempotencyKeys keys) {
		return new IdempotencyKeyCleanup(keys);
	}

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, ProblemResponseWriter writer,
			IdempotencyProperties properties) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(keys, writer, properties.requiredPaths()));
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

}
