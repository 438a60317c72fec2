package dev.ecommerce.devstack.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from the binaries in a Maven artifact (zonky), so that a JDK is all the
 * machine needs. Its data directory is made afresh on every start: the services'
 * migrations and demo data recreate everything, and no stale schema from an older branch
 * can linger.
 */
public final class EmbeddedDatabaseServer implements DatabaseServer {

	private static final String USER = "postgres";

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private EmbeddedDatabaseServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts a server with an empty data directory.
	 * @param port the port to listen on
	 * @param dataDirectory where its files go; emptied first
	 * @return the running server
	 */
	public static EmbeddedDatabaseServer start(int port, Path dataDirectory) {
		try {
			deleteRecursively(dataDirectory);
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setPort(port)
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(true)
				// devstack stops it in order (after the services); a hook of its own
				// could stop it first
				.setRegisterShutdownHook(false)
				// ten services with a pool each, plus migrations
				.setServerConfig("max_connections", "300")
				// the data is thrown away on every start: durability only costs time here
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				// the demo data goes into empty tables while the services run: analysed
				// only
				// once a minute, their queries are planned for tables far smaller than
				// they
				// are (scans of whole tables: 19 million rows read by the product
				// service's
				// start alone, 8 million with this)
				.setServerConfig("autovacuum_naptime", "5s")
				.start();
			return new EmbeddedDatabaseServer(postgres, dataDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the embedded PostgreSQL on port " + port + ": "
					+ ex.getMessage().lines().findFirst().orElse(""), ex);
		}
	}

	@Override
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + database;
	}

	@Override
	public String username() {
		return USER;
	}

	/** Connections are trusted locally; a password is accepted but not checked. */
	@Override
	public String password() {
		return USER;
	}

	@Override
	public String description() {
		return "embedded PostgreSQL 17";
	}

	@Override
	public OptionalLong pid() {
		// first line of postmaster.pid, written by PostgreSQL itself
		try (Stream<String> lines = Files.lines(this.dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8)) {
			return lines.findFirst()
				.map(String::trim)
				.map(Long::parseLong)
				.map(OptionalLong::of)
				.orElse(OptionalLong.empty());
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot stop the embedded PostgreSQL: " + ex.getMessage(), ex);
		}
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
