package dev.ecommerce.platform.test;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Calls the service under test over HTTP, as its clients do: a base for a service's own
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} test class, which adds its peers,
 * events and helpers. A token goes in {@code Authorization}; a body that is not a string
 * is sent as JSON; {@code headers} are name, value, name, value...
 */
public abstract class ServiceHttpTest {

	protected static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	protected int port;

	private @Nullable RestTestClient client;

	@BeforeEach
	void connectToTheService() {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	protected Reply call(HttpMethod method, String path, TestTokens.@Nullable Token token, @Nullable Object body,
			String... headers) {
		if (this.client == null) {
			throw new IllegalStateException("Not connected: call the service from a test");
		}
		var request = this.client.method(method).uri(path);
		if (token != null) {
			request.header("Authorization", token.bearer());
		}
		boolean typed = false;
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
			typed |= headers[i].equalsIgnoreCase("Content-Type");
		}
		if (body != null) {
			if (!typed) {
				request.header("Content-Type", "application/json");
			}
			request.body((body instanceof String text) ? text : json.writeValueAsString(body));
		}
		var result = request.exchange().returnResult(byte[].class);
		byte[] bytes = result.getResponseBody();
		return new Reply(result.getStatus().value(), (bytes != null) ? bytes : new byte[0],
				result.getResponseHeaders());
	}

	protected Reply get(String path, TestTokens.@Nullable Token token, String... headers) {
		return call(HttpMethod.GET, path, token, null, headers);
	}

	protected Reply post(String path, TestTokens.@Nullable Token token, @Nullable Object body, String... headers) {
		return call(HttpMethod.POST, path, token, body, headers);
	}

	protected Reply put(String path, TestTokens.@Nullable Token token, Object body, String... headers) {
		return call(HttpMethod.PUT, path, token, body, headers);
	}

	protected Reply patch(String path, TestTokens.@Nullable Token token, Object body, String... headers) {
		return call(HttpMethod.PATCH, path, token, body, headers);
	}

	protected Reply delete(String path, TestTokens.@Nullable Token token, String... headers) {
		return call(HttpMethod.DELETE, path, token, null, headers);
	}

	/** A response: its status, body (as it came: a PDF stays a PDF) and headers. */
	public record Reply(int status, byte[] bytes, HttpHeaders headers) {

		/** The body as UTF-8 text. */
		public String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		public @Nullable String header(String name) {
			return this.headers.getFirst(name);
		}

		public JsonNode json() {
			return ServiceHttpTest.json.readTree(body());
		}

		/** The {@code id} member of the body, as a created resource answers. */
		public String id() {
			return json().path("id").asString();
		}

		@Override
		public String toString() {
			return this.status + " " + body();
		}

	}

}
