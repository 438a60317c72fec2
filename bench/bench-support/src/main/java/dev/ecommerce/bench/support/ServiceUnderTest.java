package dev.ecommerce.bench.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service's jar in a process of its own, on the bench database, with the environment
 * devstack gives it. Kafka is not needed: the outbox relay and the listeners are switched
 * off, events stay in the outbox.
 */
public final class ServiceUnderTest implements AutoCloseable {

	private final String name;

	private final Process process;

	private final int port;

	private ServiceUnderTest(String name, Process process, int port) {
		this.name = name;
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts the jar and waits until the service is ready.
	 * @param name the service's name, for messages
	 * @param jar the service's executable jar
	 * @param jdbcUrl its database
	 * @param log where its output goes
	 * @param javaOptions options of its JVM, such as the heap
	 * @param environment variables to add to (or override) the bench's defaults, such as
	 * {@code SPRING_PROFILES_ACTIVE}
	 * @return the ready service
	 */
	public static ServiceUnderTest start(String name, Path jar, String jdbcUrl, Path log, List<String> javaOptions,
			Map<String, String> environment) throws IOException, InterruptedException {
		int port = freePort();
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(javaOptions);
		command.addAll(List.of("-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		Map<String, String> variables = builder.environment();
		variables.put("SERVER_PORT", Integer.toString(port));
		variables.put("SPRING_DATASOURCE_URL", jdbcUrl);
		variables.put("SPRING_DATASOURCE_USERNAME", "postgres");
		variables.put("SPRING_DATASOURCE_PASSWORD", "");
		variables.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9");
		variables.put("SPRING_KAFKA_LISTENER_AUTO_STARTUP", "false");
		variables.put("ECOMMERCE_EVENTS_RELAY_ENABLED", "false");
		variables.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
		variables.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "");
		variables.putAll(environment);
		ServiceUnderTest service = new ServiceUnderTest(name, builder.start(), port);
		service.awaitReady(Duration.ofMinutes(5));
		return service;
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** The process id, to profile it. */
	public long pid() {
		return this.process.pid();
	}

	private void awaitReady(Duration timeout) throws InterruptedException, IOException {
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IOException("The " + this.name + " service stopped while starting; see its log");
			}
			try {
				HttpResponse<Void> response = http.send(
						HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			TimeUnit.MILLISECONDS.sleep(500);
		}
		throw new IOException("The " + this.name + " service was not ready within " + timeout);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
