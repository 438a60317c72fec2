package dev.ecommerce.platform.events;

import dev.ecommerce.platform.web.schema.PlatformSchema;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * What publishing and consuming share: the settings, and the tables of the outbox and of
 * handled events, migrated by platform-web's Flyway strategy after the service's own
 * migrations, with their own history table.
 */
@AutoConfiguration
@EnableConfigurationProperties(EventsProperties.class)
public final class EventsAutoConfiguration {

	@Bean
	PlatformSchema eventsPlatformSchema() {
		return new PlatformSchema("events", "classpath:db/platform/events");
	}

}
