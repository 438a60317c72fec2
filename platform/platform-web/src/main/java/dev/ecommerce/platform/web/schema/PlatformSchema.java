package dev.ecommerce.platform.web.schema;

/**
 * Tables that a platform module keeps in each service's database (idempotency keys, the
 * outbox, handled events), migrated by Flyway from their own location with their own
 * history table, so that they never collide with the service's own migrations. Declare
 * one as a bean; it is migrated right after the service's own schema.
 *
 * @param name a short name, used in the history table's name
 * {@code flyway_platform_<name>_history}
 * @param location the Flyway location of its migrations, such as
 * {@code classpath:db/platform/outbox}
 */
public record PlatformSchema(String name, String location) {

	public PlatformSchema {
		if (!name.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("A platform schema name is lower-case letters, digits and _: " + name);
		}
	}

	String historyTable() {
		return "flyway_platform_" + this.name + "_history";
	}

}
