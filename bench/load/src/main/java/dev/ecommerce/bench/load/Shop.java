package dev.ecommerce.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shop as a browser or an app sees it: HTTP through the gateway, nothing else. One
 * client for the whole run; it opens as many connections as there are requests in flight,
 * so a slow answer never holds back the next request.
 */
final class Shop {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI gateway;

	private final Duration timeout;

	Shop(URI gateway, Duration timeout) {
		this.gateway = gateway;
		this.timeout = timeout;
	}

	HttpClient http() {
		return this.http;
	}

	/**
	 * A request to the gateway.
	 * @param method the HTTP method
	 * @param path the path and query
	 * @param json the JSON body, or {@code null} for none
	 * @param headers name, value, name, value...
	 * @return the request, with this run's timeout
	 */
	HttpRequest request(String method, String path, String json, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.gateway.resolve(path)).timeout(this.timeout);
		if (json == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.ofString(json))
				.header("Content-Type", "application/json");
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request.build();
	}

	/** A GET during the set-up, which must succeed. */
	JsonNode get(String path, String... headers) {
		return ok(request("GET", path, null, headers));
	}

	/** A POST during the set-up, which must succeed. */
	JsonNode post(String path, String json, String... headers) {
		return ok(request("POST", path, json, headers));
	}

	/** A PUT during the set-up, which must succeed. */
	JsonNode put(String path, String json, String... headers) {
		return ok(request("PUT", path, json, headers));
	}

	/**
	 * Signs in.
	 * @return the access and the refresh token
	 */
	Tokens login(String email, String password) {
		JsonNode answer = post("/auth/login",
				"{\"email\": " + quoted(email) + ", \"password\": " + quoted(password) + "}");
		return new Tokens(answer.path("accessToken").asString(), answer.path("refreshToken").asString());
	}

	/** A new pair for a refresh token (the old one stops working). */
	Tokens refresh(Tokens tokens) {
		JsonNode answer = post("/auth/refresh", "{\"refreshToken\": " + quoted(tokens.refresh()) + "}");
		return new Tokens(answer.path("accessToken").asString(), answer.path("refreshToken").asString());
	}

	private JsonNode ok(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
						+ response.statusCode() + ": " + response.body());
			}
			return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/** A JSON string. */
	static String quoted(String text) {
		return JSON.writeValueAsString(text);
	}

	/**
	 * A signed-in user's tokens.
	 *
	 * @param access the access token (15 minutes)
	 * @param refresh the refresh token
	 */
	record Tokens(String access, String refresh) {

		String bearer() {
			return "Bearer " + this.access;
		}

	}

}
