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

	public URI gatewayUrl() {
		return this.gateway;
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
		return sendJson("POST", path, json, headers);
	}

	public HttpResponse<String> put(String path, String json, String... headers) {
		return sendJson("PUT", path, json, headers);
	}

	/**
	 * A PATCH with a JSON Merge Patch (RFC 7386) body.
	 * @param path the path
	 * @param json the merge patch
	 * @param headers name, value, name, value...
	 * @return the response
	 */
	public HttpResponse<String> patch(String path, String json, String... headers) {
		return send("PATCH", path, HttpRequest.BodyPublishers.ofString(json),
				withHeader("Content-Type", "application/merge-patch+json", headers));
	}

	public HttpResponse<String> delete(String path, String... headers) {
		return send("DELETE", path, HttpRequest.BodyPublishers.noBody(), headers);
	}

	/**
	 * Signs in through the gateway.
	 * @param email the account's email
	 * @param password its password
	 * @return the {@code Authorization} header's value for the access token
	 */
	public String bearer(String email, String password) {
		HttpResponse<String> response = post("/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					"login of " + email + " answered " + response.statusCode() + ": " + response.body());
		}
		return "Bearer " + json(response).path("accessToken").asString();
	}

	private HttpResponse<String> sendJson(String method, String path, String json, String... headers) {
		return send(method, path, HttpRequest.BodyPublishers.ofString(json),
				withHeader("Content-Type", "application/json", headers));
	}

	private static String[] withHeader(String name, String value, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = name;
		all[1] = value;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return all;
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

	/**
	 * Opens an account through the gateway.
	 * @param email its email
	 * @param password its password
	 * @param fullName the holder's name
	 * @return the user as registered
	 */
	public JsonNode register(String email, String password, String fullName) {
		HttpResponse<String> response = post("/auth/register",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"fullName\":\"" + fullName + "\"}");
		if (response.statusCode() != 201) {
			throw new IllegalStateException(
					"registration of " + email + " answered " + response.statusCode() + ": " + response.body());
		}
		return json(response);
	}

	/**
	 * What is free to sell of a SKU over all active stores.
	 * @param sku the SKU
	 * @return {@code GET /inventory/{sku}}'s {@code available}
	 */
	public int available(String sku) {
		return ok(get("/inventory/" + sku)).path("available").asInt();
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/**
	 * The body of a successful response.
	 * @param response the response
	 * @return its JSON body
	 * @throws AssertionError if its status is not 2xx
	 */
	public static JsonNode ok(HttpResponse<String> response) {
		if (response.statusCode() < 200 || response.statusCode() > 299) {
			throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		return json(response);
	}

	/**
	 * The minor units of a money member, e.g. {@code amount(totals, "total")}.
	 * @param node the JSON holding the money
	 * @param member the money's member
	 * @return its {@code amount}
	 */
	public static long amount(JsonNode node, String member) {
		return node.path(member).path("amount").asLong();
	}

}
