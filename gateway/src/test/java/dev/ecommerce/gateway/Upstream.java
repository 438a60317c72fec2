package dev.ecommerce.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for one service behind the gateway: it records every
 * request it receives and answers with whatever the test told it to, by default
 * {@code 200 {"service": "<name>"}}.
 */
public final class Upstream {

	private final String name;

	private final HttpServer server;

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private volatile Reply reply;

	private volatile CountDownLatch held = new CountDownLatch(0);

	private Upstream(String name) throws IOException {
		this.name = name;
		this.reply = defaultReply();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "upstream-" + name);
			thread.setDaemon(true);
			return thread;
		}));
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	static Upstream start(String name) {
		try {
			return new Upstream(name);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the stand-in for the " + name + " service", ex);
		}
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/** Answers every following request with this reply. */
	public void replyWith(Reply reply) {
		this.reply = reply;
	}

	/** Keeps every following request waiting for its answer until {@link #release()}. */
	public void holdReplies() {
		this.held = new CountDownLatch(1);
	}

	public void release() {
		this.held.countDown();
	}

	/** The next request this service received; fails if none arrives soon. */
	public Received takeRequest() {
		try {
			Received request = this.received.poll(5, TimeUnit.SECONDS);
			if (request == null) {
				throw new AssertionError("The " + this.name + " service received no request");
			}
			return request;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	public boolean receivedNothing() {
		return this.received.isEmpty();
	}

	void reset() {
		release();
		this.received.clear();
		this.reply = defaultReply();
	}

	private Reply defaultReply() {
		return Reply.json(200, "{\"service\":\"" + this.name + "\"}");
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
			URI uri = exchange.getRequestURI();
			this.received.add(new Received(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers,
					new String(body.readAllBytes(), StandardCharsets.UTF_8)));
			awaitRelease();
			Reply answer = this.reply;
			answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			byte[] bytes = answer.body();
			exchange.sendResponseHeaders(answer.status(), (bytes.length > 0) ? bytes.length : -1);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		catch (IOException ex) {
			// the gateway gave up waiting and closed the connection: nobody to answer
		}
	}

	private void awaitRelease() {
		try {
			this.held.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * What a service answers.
	 *
	 * @param status the status
	 * @param headers the headers, one value each
	 * @param body the body
	 */
	public record Reply(int status, Map<String, String> headers, byte[] body) {

		public static Reply json(int status, String body) {
			return of(status, "application/json", body);
		}

		public static Reply of(int status, String contentType, String body) {
			return new Reply(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
		}

		public Reply withHeader(String name, String value) {
			Map<String, String> more = new LinkedHashMap<>(this.headers);
			more.put(name, value);
			return new Reply(this.status, more, this.body);
		}

	}

	/**
	 * A request as the service received it.
	 *
	 * @param method the method
	 * @param path the raw path
	 * @param query the raw query, or {@code null}
	 * @param headers the headers by lower-case name
	 * @param body the body
	 */
	public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

		/** The header's values, comma-joined as HTTP allows, or {@code null}. */
		public String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values != null) ? String.join(",", values) : null;
		}

	}

}
