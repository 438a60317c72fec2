package dev.ecommerce.platform.web.schema;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Runs the platform modules' migrations together with the service's own.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass({ Flyway.class, FlywayMigrationStrategy.class })
public class PlatformSchemaAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FlywayMigrationStrategy platformSchemaMigrationStrategy(ObjectProvider<PlatformSchema> schemas) {
		return new PlatformSchemaMigrationStrategy(schemas.orderedStream().toList());
	}

}
