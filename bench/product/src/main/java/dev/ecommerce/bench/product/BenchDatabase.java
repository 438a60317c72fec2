package dev.ecommerce.bench.product;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL 17 with the product service's database, as devstack runs it.
 */
final class BenchDatabase implements AutoCloseable {

	private final EmbeddedPostgres server;

	private BenchDatabase(EmbeddedPostgres server) {
		this.server = server;
	}

	static BenchDatabase start() throws IOException, SQLException {
		EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("work_mem", "16MB")
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setLocaleConfig("locale", "C.UTF-8")
			.start();
		try (Connection connection = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"), "postgres",
				""); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE product");
		}
		return new BenchDatabase(server);
	}

	String jdbcUrl() {
		return this.server.getJdbcUrl("postgres", "product");
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), "postgres", "");
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
