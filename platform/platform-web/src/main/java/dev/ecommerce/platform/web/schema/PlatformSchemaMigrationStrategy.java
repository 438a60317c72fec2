package dev.ecommerce.platform.web.schema;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the service's own schema, then each {@link PlatformSchema}. A platform schema
 * keeps its own history table, so it is baselined at version 0 on a database that already
 * holds the service's tables.
 */
class PlatformSchemaMigrationStrategy implements FlywayMigrationStrategy {

	private final List<PlatformSchema> schemas;

	PlatformSchemaMigrationStrategy(List<PlatformSchema> schemas) {
		this.schemas = schemas;
	}

	@Override
	public void migrate(Flyway flyway) {
		flyway.migrate();
		Configuration service = flyway.getConfiguration();
		for (PlatformSchema schema : this.schemas) {
			Flyway.configure(service.getClassLoader())
				.dataSource(service.getDataSource())
				.schemas(service.getSchemas())
				.locations(schema.location())
				.table(schema.historyTable())
				.baselineOnMigrate(true)
				.baselineVersion("0")
				.load()
				.migrate();
		}
	}

}
