package dev.ecommerce.bench.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL 17 with one service's database, as devstack runs it.
 */
public final class BenchDatabase implements AutoCloseable {

	private final EmbeddedPostgres server;

	private final String database;

	private BenchDatabase(EmbeddedPostgres server, String database) {
		this.server = server;
		this.database = database;
	}

	/**
	 * Starts PostgreSQL and creates a database.
	 * @param database the database's name, as the service's
	 * @return the running server
	 */
	public static BenchDatabase start(String database) throws IOException, SQLException {
		return start(database, Map.of());
	}

	/**
	 * Starts PostgreSQL with more settings and creates a database.
	 * @param database the database's name, as the service's
	 * @param serverConfig settings added to the bench's, such as
	 * {@code shared_preload_libraries}
	 * @return the running server
	 */
	public static BenchDatabase start(String database, Map<String, String> serverConfig)
			throws IOException, SQLException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("work_mem", "16MB")
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setLocaleConfig("locale", "C.UTF-8");
		serverConfig.forEach(builder::setServerConfig);
		EmbeddedPostgres server = builder.start();
		try (Connection connection = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"), "postgres",
				""); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		return new BenchDatabase(server, database);
	}

	public String jdbcUrl() {
		return this.server.getJdbcUrl("postgres", this.database);
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), "postgres", "");
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
