package dev.ecommerce.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.ecommerce.devstack.service.JavaCommand;
import dev.ecommerce.devstack.service.ServiceCatalog;
import dev.ecommerce.devstack.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;

/**
 * How to run a stack. Start from {@link #fromEnvironment(Path, Map)} and change what
 * differs with the {@code with...} methods; every instance is immutable.
 *
 * @param projectRoot the repository root, where {@code services/} and {@code gateway/}
 * are
 * @param logs where each process's log goes ({@code <name>.log})
 * @param runDirectory where pid files, the state and the PostgreSQL and Kafka data go
 * @param postgresPort the embedded PostgreSQL's port
 * @param externalDatabase an existing server to use instead of the embedded one
 * @param kafkaPort the embedded broker's port
 * @param externalKafka existing brokers to use instead of the embedded one
 * @param smtpPort the embedded mail server's SMTP port
 * @param imapPort the embedded mail server's IMAP port
 * @param catalog the services and their ports
 * @param services the services to start (the gateway is always added); empty for all
 * @param java how a service's JVM is started
 * @param startTimeout how long each service may take to be ready, from its own start
 * @param startConcurrency how many services may be starting at the same time
 * @param stopGrace how long a service may take to stop before it is killed
 * @param progress where progress lines go
 */
public record StackOptions(Path projectRoot, Path logs, Path runDirectory, int postgresPort,
		@Nullable ExternalDatabase externalDatabase, int kafkaPort, @Nullable String externalKafka, int smtpPort,
		int imapPort, ServiceCatalog catalog, List<String> services, JavaCommand java, Duration startTimeout,
		int startConcurrency, Duration stopGrace, Consumer<String> progress) {

	public static final int DEFAULT_POSTGRES_PORT = 15432;

	public static final int DEFAULT_KAFKA_PORT = 9092;

	public static final int DEFAULT_SMTP_PORT = 3025;

	public static final int DEFAULT_IMAP_PORT = 3143;

	public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

	/**
	 * How long a service may take to stop before it is killed (twice this while it
	 * records its class archive); a stop that works takes as long as it needs, not this.
	 */
	public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(60);

	/**
	 * The options the {@code SHOP_*} environment variables give, with the defaults for
	 * the rest.
	 * @param projectRoot the repository root
	 * @param environment the process environment
	 * @return the options
	 * @throws IllegalArgumentException naming a variable with a value that makes no sense
	 */
	public static StackOptions fromEnvironment(Path projectRoot, Map<String, String> environment) {
		Path root = projectRoot.toAbsolutePath().normalize();
		String databaseUrl = blankToNull(environment.get("SHOP_DATABASE_URL"));
		ExternalDatabase database = (databaseUrl != null)
				? new ExternalDatabase(databaseUrl, environment.getOrDefault("SHOP_DATABASE_USERNAME", "postgres"),
						environment.getOrDefault("SHOP_DATABASE_PASSWORD", ""))
				: null;
		return new StackOptions(root, root.resolve("logs"), root.resolve(".shop"),
				port(environment, "SHOP_POSTGRES_PORT", DEFAULT_POSTGRES_PORT), database,
				port(environment, "SHOP_KAFKA_PORT", DEFAULT_KAFKA_PORT),
				blankToNull(environment.get("SHOP_KAFKA_BOOTSTRAP_SERVERS")),
				port(environment, "SHOP_SMTP_PORT", DEFAULT_SMTP_PORT),
				port(environment, "SHOP_IMAP_PORT", DEFAULT_IMAP_PORT), ServiceCatalog.standard(), List.of(),
				JavaCommand.fromEnvironment(environment),
				seconds(environment, "SHOP_START_TIMEOUT", DEFAULT_START_TIMEOUT), concurrency(environment),
				DEFAULT_STOP_GRACE, (line) -> {
				});
	}

	static int port(Map<String, String> environment, String variable, int fallback) {
		String value = blankToNull(environment.get(variable));
		if (value == null) {
			return fallback;
		}
		try {
			int port = Integer.parseInt(value.trim());
			if (port > 0 && port < 65536) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(variable + " must be a port number (1-65535), not '" + value + "'");
	}

	/**
	 * One more than the cores keeps the CPU busy while a service waits for the database
	 * or the broker; more would only make each of them slower.
	 * @param environment the process environment
	 * @return how many services may start at once
	 */
	static int concurrency(Map<String, String> environment) {
		String value = blankToNull(environment.get("SHOP_START_CONCURRENCY"));
		if (value == null) {
			return Math.max(2, Runtime.getRuntime().availableProcessors() + 1);
		}
		try {
			int concurrency = Integer.parseInt(value.trim());
			if (concurrency > 0) {
				return concurrency;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("SHOP_START_CONCURRENCY must be a positive number, not '" + value + "'");
	}

	static Duration seconds(Map<String, String> environment, String variable, Duration fallback) {
		String value = blankToNull(environment.get(variable));
		if (value == null) {
			return fallback;
		}
		try {
			long seconds = Long.parseLong(value.trim());
			if (seconds > 0) {
				return Duration.ofSeconds(seconds);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(variable + " must be a number of seconds, not '" + value + "'");
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * The services this stack is to run, the gateway included.
	 * @return the selection in catalog order
	 */
	public List<ServiceDefinition> selected() {
		return this.services.isEmpty() ? this.catalog.all() : this.catalog.select(this.services);
	}

	public Optional<ExternalDatabase> database() {
		return Optional.ofNullable(this.externalDatabase);
	}

	public Optional<String> kafka() {
		return Optional.ofNullable(this.externalKafka);
	}

	public StackOptions withServices(List<String> names) {
		names.forEach(this.catalog::get);
		return new StackOptions(this.projectRoot, this.logs, this.runDirectory, this.postgresPort,
				this.externalDatabase, this.kafkaPort, this.externalKafka, this.smtpPort, this.imapPort, this.catalog,
				List.copyOf(names), this.java, this.startTimeout, this.startConcurrency, this.stopGrace, this.progress);
	}

	public StackOptions withStartTimeout(Duration timeout) {
		return new StackOptions(this.projectRoot, this.logs, this.runDirectory, this.postgresPort,
				this.externalDatabase, this.kafkaPort, this.externalKafka, this.smtpPort, this.imapPort, this.catalog,
				this.services, this.java, timeout, this.startConcurrency, this.stopGrace, this.progress);
	}

	public StackOptions withProgress(Consumer<String> lines) {
		return new StackOptions(this.projectRoot, this.logs, this.runDirectory, this.postgresPort,
				this.externalDatabase, this.kafkaPort, this.externalKafka, this.smtpPort, this.imapPort, this.catalog,
				this.services, this.java, this.startTimeout, this.startConcurrency, this.stopGrace, lines);
	}

	/**
	 * Where logs and run files go, e.g. under {@code target/} for tests, so that a test
	 * run does not touch the files of a stack the developer started.
	 * @param logDirectory the logs
	 * @param runFiles pid files, state and data
	 * @return the changed options
	 */
	public StackOptions withDirectories(Path logDirectory, Path runFiles) {
		return new StackOptions(this.projectRoot, logDirectory, runFiles, this.postgresPort, this.externalDatabase,
				this.kafkaPort, this.externalKafka, this.smtpPort, this.imapPort, this.catalog, this.services,
				this.java, this.startTimeout, this.startConcurrency, this.stopGrace, this.progress);
	}

	/**
	 * Other ports, for tests of devstack itself that must not collide with a running
	 * stack.
	 * @param postgres the PostgreSQL port
	 * @param kafka the Kafka port
	 * @param services new ports by service name
	 * @return the changed options
	 */
	public StackOptions withPorts(int postgres, int kafka, Map<String, Integer> services) {
		return new StackOptions(this.projectRoot, this.logs, this.runDirectory, postgres, this.externalDatabase, kafka,
				this.externalKafka, this.smtpPort, this.imapPort, this.catalog.withPorts(services), this.services,
				this.java, this.startTimeout, this.startConcurrency, this.stopGrace, this.progress);
	}

	/**
	 * Other mail ports, for tests that must not collide with a running stack.
	 * @param smtp the SMTP port
	 * @param imap the IMAP port
	 * @return the changed options
	 */
	public StackOptions withMailPorts(int smtp, int imap) {
		return new StackOptions(this.projectRoot, this.logs, this.runDirectory, this.postgresPort,
				this.externalDatabase, this.kafkaPort, this.externalKafka, smtp, imap, this.catalog, this.services,
				this.java, this.startTimeout, this.startConcurrency, this.stopGrace, this.progress);
	}

	public StackOptions withJava(JavaCommand command) {
		return new StackOptions(this.projectRoot, this.logs, this.runDirectory, this.postgresPort,
				this.externalDatabase, this.kafkaPort, this.externalKafka, this.smtpPort, this.imapPort, this.catalog,
				this.services, command, this.startTimeout, this.startConcurrency, this.stopGrace, this.progress);
	}

	/**
	 * An existing PostgreSQL server ({@code SHOP_DATABASE_URL},
	 * {@code SHOP_DATABASE_USERNAME}, {@code SHOP_DATABASE_PASSWORD}).
	 *
	 * @param url a JDBC URL of the server, e.g.
	 * {@code jdbc:postgresql://host:5432/postgres}
	 * @param username the user
	 * @param password the password
	 */
	public record ExternalDatabase(String url, String username, String password) {

		@Override
		public String toString() {
			return "ExternalDatabase[url=" + this.url + ", username=" + this.username + "]";
		}

	}

}
