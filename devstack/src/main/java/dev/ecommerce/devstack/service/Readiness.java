package dev.ecommerce.devstack.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a service whether it is ready for traffic: Spring Boot's readiness probe answers
 * 200 only after the application has started, i.e. after its migrations ran and its
 * listeners are up.
 */
public final class Readiness {

	static final String PATH = "/actuator/health/readiness";

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	/**
	 * Probes a port.
	 * @param port the service's port
	 * @return the HTTP status, or -1 when nothing answered
	 */
	public int probe(int port) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
			.timeout(Duration.ofSeconds(2))
			.GET()
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	public boolean isReady(int port) {
		return probe(port) == 200;
	}

}
