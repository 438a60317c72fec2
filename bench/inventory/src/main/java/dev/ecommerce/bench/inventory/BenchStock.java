package dev.ecommerce.bench.inventory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the bench's store and its stock through the service's API, as an admin would:
 * one warehouse, and for each SKU so many units that no reservation of the run is ever
 * short.
 */
final class BenchStock {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private final HttpClient http = HttpClient.newHttpClient();

	private final Function<String, URI> uri;

	private final String bearer;

	BenchStock(Function<String, URI> uri, String bearer) {
		this.uri = uri;
		this.bearer = bearer;
	}

	/**
	 * Waits until the service accepts the token: it fetches the signing keys on the first
	 * token it sees, which can time out on a busy machine.
	 */
	void awaitTokenAccepted() throws IOException, InterruptedException {
		for (int attempt = 1;; attempt++) {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(this.uri.apply("/stores")).header("Authorization", this.bearer).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				return;
			}
			if (attempt == 20) {
				throw new IOException("The service does not accept the bench's token: " + response.statusCode() + " "
						+ response.body());
			}
			Thread.sleep(1000);
		}
	}

	/** Creates the warehouse; answers its id. */
	UUID createWarehouse(String code) throws IOException, InterruptedException {
		String body = send("POST", "/stores", """
				{"code": "%s", "name": "Bench warehouse", "type": "WAREHOUSE",
				 "address": {"line1": "1 Bench Road", "city": "Leeds", "postalCode": "LS1 1AA", "country": "GB"},
				 "active": true}""".formatted(code), 201);
		Matcher id = ID.matcher(body);
		if (!id.find()) {
			throw new IOException("No id in the created store: " + body);
		}
		return UUID.fromString(id.group(1));
	}

	/** Sets the units on hand of a SKU in a store. */
	void stock(UUID storeId, String sku, int onHand) throws IOException, InterruptedException {
		send("PUT", "/stores/" + storeId + "/stock/" + sku, "{\"onHand\": " + onHand + ", \"note\": \"bench\"}", 200);
	}

	private String send(String method, String path, String json, int expected)
			throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.uri.apply(path))
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json")
			.header("Authorization", this.bearer)
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

}
