package dev.ecommerce.bench.product;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The product service's jar in a process of its own, on the bench database, with the demo
 * profile (so it imports the demo catalog on start). Kafka is not needed: the outbox
 * relay and the listeners are switched off, events stay in the outbox.
 */
final class ServiceUnderTest implements AutoCloseable {

	private final Process process;

	private final int port;

	private ServiceUnderTest(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static ServiceUnderTest start(Path jar, String jdbcUrl, Path log, List<String> javaOptions)
			throws IOException, InterruptedException {
		int port = freePort();
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new java.util.ArrayList<>(List.of(java));
		command.addAll(javaOptions);
		command.addAll(List.of("-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		environment.put("SERVER_PORT", Integer.toString(port));
		environment.put("SPRING_DATASOURCE_URL", jdbcUrl);
		environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
		environment.put("SPRING_DATASOURCE_PASSWORD", "");
		environment.put("SPRING_PROFILES_ACTIVE", "demo");
		environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9");
		environment.put("SPRING_KAFKA_LISTENER_AUTO_STARTUP", "false");
		environment.put("ECOMMERCE_EVENTS_RELAY_ENABLED", "false");
		environment.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
		environment.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "");
		ServiceUnderTest service = new ServiceUnderTest(builder.start(), port);
		service.awaitReady(Duration.ofMinutes(5));
		return service;
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private void awaitReady(Duration timeout) throws InterruptedException, IOException {
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IOException("The product service stopped while starting; see its log");
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
		throw new IOException("The product service was not ready within " + timeout);
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
