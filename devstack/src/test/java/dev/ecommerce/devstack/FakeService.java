package dev.ecommerce.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Spring Boot service in devstack's own tests: it listens on
 * {@code SERVER_PORT}, answers the readiness probe, and shows the environment it was
 * given at {@code /env}. With {@code -Dfake.mode=exit} it fails at start-up; with
 * {@code -Dfake.mode=never-ready} it never becomes ready.
 */
public final class FakeService {

	private FakeService() {
	}

	public static void main(String[] args) throws IOException {
		String mode = System.getProperty("fake.mode", "ready");
		if (mode.equals("exit")) {
			System.out.println("fake service: failing on purpose");
			System.exit(3);
		}
		HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
		server.createContext("/actuator/health/readiness",
				(exchange) -> respond(exchange, mode.equals("ready") ? 200 : 503, "{\"status\":\"UP\"}"));
		server.createContext("/env",
				(exchange) -> respond(exchange, 200,
						new TreeMap<>(System.getenv()).entrySet()
							.stream()
							.map((entry) -> entry.getKey() + "=" + entry.getValue())
							.collect(Collectors.joining("\n"))));
		server.start();
		System.out.println("fake service: listening");
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
