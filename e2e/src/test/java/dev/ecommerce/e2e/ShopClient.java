package dev.ecommerce.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the shop as its clients see it: through the gateway, nothing else.
 */
public final class ShopClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI gateway;

	ShopClient(URI gateway) {
		this.gateway = gateway;
	}

	/**
	 * A GET through the gateway.
	 * @param path the path, e.g. {@code /products}
	 * @param headers name, value, name, value...
	 * @return the response, its body as text
	 */
	public HttpResponse<String> get(String path, String... headers) {
		return send("GET", path, HttpRequest.BodyPublishers.noBody(), headers);
	}

	/**
	 * A POST of JSON through the gateway.
	 * @param path the path, e.g. {@code /products}
	 * @param json the body
	 * @param headers name, value, name, value...
	 * @return the response, its body as text
	 */
	public HttpResponse<String> post(String path, String json, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Content-Type";
		all[1] = "application/json";
		System.arraycopy(headers, 0, all, 2, headers.length);
		return send("POST", path, HttpRequest.BodyPublishers.ofString(json), all);
	}

	private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.gateway.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted during " + method + " " + path, ex);
		}
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
