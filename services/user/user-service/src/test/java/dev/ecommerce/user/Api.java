package dev.ecommerce.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the service under test over real HTTP, as a client would.
 */
public final class Api {

	public static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	public Api(int port) {
		this.port = port;
	}

	public String uri(String path) {
		return "http://localhost:" + this.port + path;
	}

	public Reply get(String path, @Nullable String accessToken) {
		return send(request(path, accessToken).GET());
	}

	/** A JSON post, with any headers given as name, value, name, value. */
	public Reply post(String path, Object body, @Nullable String accessToken, String... headers) {
		return send(request(path, accessToken).header("Content-Type", "application/json").POST(body(body)), headers);
	}

	/** A JSON put, with any headers given as name, value, name, value. */
	public Reply put(String path, Object body, @Nullable String accessToken, String... headers) {
		return send(request(path, accessToken).header("Content-Type", "application/json").PUT(body(body)), headers);
	}

	public Reply patch(String path, Object body, @Nullable String accessToken) {
		return send(request(path, accessToken).header("Content-Type", "application/merge-patch+json")
			.method("PATCH", body(body)));
	}

	public Reply delete(String path, @Nullable String accessToken) {
		return send(request(path, accessToken).DELETE());
	}

	/** A form post, with any headers given as name, value, name, value. */
	public Reply postForm(String path, String form, String... headers) {
		return send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), headers);
	}

	private HttpRequest.Builder request(String path, @Nullable String accessToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri(path)))
			.header("Accept", "application/json, application/problem+json");
		if (accessToken != null) {
			request.header("Authorization", "Bearer " + accessToken);
		}
		return request;
	}

	private static HttpRequest.BodyPublisher body(Object body) {
		return HttpRequest.BodyPublishers
			.ofString((body instanceof String string) ? string : json.writeValueAsString(body));
	}

	private static Reply send(HttpRequest.Builder request, String... headers) {
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return new Reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response: status, headers and the body as JSON. */
	public record Reply(HttpResponse<String> response) {

		public int status() {
			return this.response.statusCode();
		}

		public JsonNode json() {
			return json.readTree(this.response.body());
		}

		public String text(String pointer) {
			return json().at(pointer).asString();
		}

		public Optional<String> header(String name) {
			return this.response.headers().firstValue(name);
		}

		@Override
		public String toString() {
			return this.response.statusCode() + " " + this.response.body();
		}

	}

}
