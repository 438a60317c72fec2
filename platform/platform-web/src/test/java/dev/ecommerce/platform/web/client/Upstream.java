package dev.ecommerce.platform.web.client;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for another service and the user service's token
 * endpoint, counting what reaches it.
 */
final class Upstream {

	static final Upstream INSTANCE = new Upstream();

	final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

	final List<Headers> received = new CopyOnWriteArrayList<>();

	final AtomicInteger tokenRequests = new AtomicInteger();

	private final HttpServer server;

	private Upstream() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "upstream");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.createContext("/auth/token", (exchange) -> {
			this.tokenRequests.incrementAndGet();
			reply(exchange, 200, "{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}");
		});
		this.server.createContext("/", this::serve);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	int hitsOf(String path) {
		return this.hits.computeIfAbsent(path, (key) -> new AtomicInteger()).get();
	}

	private void serve(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		int hit = this.hits.computeIfAbsent(path, (key) -> new AtomicInteger()).incrementAndGet();
		this.received.add(exchange.getRequestHeaders());
		exchange.getRequestBody().readAllBytes();
		if (path.startsWith("/flaky")) {
			reply(exchange, (hit <= 2) ? 503 : 200, "\"ok after " + hit + "\"");
		}
		else if (path.startsWith("/down")) {
			reply(exchange, 503, "{}");
		}
		else if (path.startsWith("/slow")) {
			try {
				Thread.sleep(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			reply(exchange, 200, "\"late\"");
		}
		else {
			reply(exchange, 200, "\"hello\"");
		}
	}

	private static void reply(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
