package dev.ecommerce.devstack.postgres;

import java.util.OptionalLong;

/**
 * A PostgreSQL server that runs already, named by {@code SHOP_DATABASE_URL}. Devstack
 * creates the databases it lacks and never stops it.
 */
public final class ExternalDatabaseServer implements DatabaseServer {

	private final String url;

	private final JdbcUrl parsed;

	private final String username;

	private final String password;

	public ExternalDatabaseServer(String url, String username, String password) {
		this.url = url;
		this.parsed = JdbcUrl.parse(url);
		this.username = username;
		this.password = password;
	}

	@Override
	public String jdbcUrl(String database) {
		return this.parsed.withDatabase(database);
	}

	@Override
	public String username() {
		return this.username;
	}

	@Override
	public String password() {
		return this.password;
	}

	@Override
	public String description() {
		return "external PostgreSQL at " + this.url;
	}

	@Override
	public OptionalLong pid() {
		return OptionalLong.empty();
	}

	@Override
	public void close() {
		// not ours to stop
	}

}
