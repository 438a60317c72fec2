package dev.ecommerce.product;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ecommerce.platform.test.TestTokens;
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

	public Reply get(String path, TestTokens.@Nullable Token token) {
		return send(request(path, token).GET());
	}

	public Reply get(String path) {
		return get(path, null);
	}

	public Reply post(String path, Object body, TestTokens.@Nullable Token token) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	public Reply put(String path, Object body, TestTokens.@Nullable Token token, String... headers) {
		return send(request(path, token, headers).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	public Reply patch(String path, Object body, TestTokens.@Nullable Token token, String... headers) {
		HttpRequest.Builder request = request(path, token, headers);
		if (!List.of(headers).contains("Content-Type")) {
			request.header("Content-Type", "application/merge-patch+json");
		}
		return send(request.method("PATCH", HttpRequest.BodyPublishers.ofString(text(body))));
	}

	public Reply delete(String path, TestTokens.@Nullable Token token, String... headers) {
		return send(request(path, token, headers).DELETE());
	}

	/** Encodes a query parameter value. */
	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path, TestTokens.@Nullable Token token, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json, application/problem+json");
		if (token != null) {
			request.header("Authorization", token.bearer());
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return request;
	}

	private static String text(Object body) {
		return (body instanceof String string) ? string : json.writeValueAsString(body);
	}

	private static Reply send(HttpRequest.Builder request) {
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

		public String body() {
			return this.response.body();
		}

		public JsonNode json() {
			return json.readTree(this.response.body());
		}

		public Optional<String> header(String name) {
			return this.response.headers().firstValue(name);
		}

		public <T> T as(Class<T> type) {
			return json.readValue(this.response.body(), type);
		}

		/**
		 * A member of each element of an array.
		 * @param array the array, as a JSON pointer such as {@code /items}
		 * @param member the member, as a JSON pointer such as {@code /variant/sku}
		 * @return the values as text
		 */
		public List<String> each(String array, String member) {
			List<String> values = new ArrayList<>();
			json().at(array).forEach((element) -> values.add(element.at(member).asString()));
			return values;
		}

		/** The fields of a validation problem's {@code errors}. */
		public List<String> errorFields() {
			List<String> fields = new ArrayList<>();
			json().path("errors").forEach((error) -> fields.add(error.path("field").asString()));
			return fields;
		}

		@Override
		public String toString() {
			return this.response.statusCode() + " " + this.response.body();
		}

	}

}
