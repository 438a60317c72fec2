package dev.ecommerce.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL database of one test run: a fresh database, created once per JVM and
 * shared by all its test classes, dropped when the JVM ends.
 * <p>
 * By default it runs in an embedded PostgreSQL 17 server (real binaries, no Docker). When
 * the environment variable {@value #SERVER_URL_VARIABLE} names an existing server (a JDBC
 * URL to a database the user may connect to, such as
 * {@code jdbc:postgresql://localhost:5432/postgres}), the fresh database is created there
 * instead, with the credentials of {@value #USERNAME_VARIABLE} and
 * {@value #PASSWORD_VARIABLE}.
 */
public final class TestDatabase {

	public static final String SERVER_URL_VARIABLE = "ECOMMERCE_TEST_DATABASE_URL";

	public static final String USERNAME_VARIABLE = "ECOMMERCE_TEST_DATABASE_USERNAME";

	public static final String PASSWORD_VARIABLE = "ECOMMERCE_TEST_DATABASE_PASSWORD";

	private static TestDatabase instance;

	private final String jdbcUrl;

	private final String username;

	private final String password;

	private TestDatabase(String jdbcUrl, String username, String password) {
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.password = password;
	}

	/**
	 * The database of this test run, started or created on first use.
	 * @return the database
	 */
	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = create();
		}
		return instance;
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	private static TestDatabase create() {
		String databaseName = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String serverUrl = System.getenv(SERVER_URL_VARIABLE);
		if (serverUrl != null && !serverUrl.isBlank()) {
			return onExistingServer(serverUrl, databaseName);
		}
		return onEmbeddedServer(databaseName);
	}

	private static TestDatabase onExistingServer(String serverUrl, String databaseName) {
		String username = System.getenv().getOrDefault(USERNAME_VARIABLE, "postgres");
		String password = System.getenv().getOrDefault(PASSWORD_VARIABLE, "");
		execute(serverUrl, username, password, "CREATE DATABASE " + databaseName);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(serverUrl, username, password,
					"DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)")));
		return new TestDatabase(replaceDatabase(serverUrl, databaseName), username, password);
	}

	private static TestDatabase onEmbeddedServer(String databaseName) {
		try {
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setLocaleConfig("locale", "C.UTF-8")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
			String adminUrl = server.getJdbcUrl("postgres", "postgres");
			execute(adminUrl, "postgres", "", "CREATE DATABASE " + databaseName);
			return new TestDatabase(server.getJdbcUrl("postgres", databaseName), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
		}
	}

	static String replaceDatabase(String serverUrl, String databaseName) {
		int queryStart = serverUrl.indexOf('?');
		String base = (queryStart < 0) ? serverUrl : serverUrl.substring(0, queryStart);
		String query = (queryStart < 0) ? "" : serverUrl.substring(queryStart);
		int slash = base.lastIndexOf('/');
		if (slash < "jdbc:postgresql://".length()) {
			throw new IllegalArgumentException(SERVER_URL_VARIABLE + " must name a database, such as "
					+ "jdbc:postgresql://localhost:5432/postgres, not " + serverUrl);
		}
		return base.substring(0, slash + 1) + databaseName.toLowerCase(Locale.ROOT) + query;
	}

	private static void execute(String url, String username, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url + ": " + ex.getMessage(), ex);
		}
	}

	private static void closeQuietly(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			// the JVM is ending; nothing more can be done
		}
	}

}
