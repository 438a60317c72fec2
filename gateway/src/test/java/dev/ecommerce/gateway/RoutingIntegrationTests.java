package dev.ecommerce.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.ecommerce.gateway.Upstream.Received;
import dev.ecommerce.gateway.Upstream.Reply;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingIntegrationTests extends GatewayIntegrationTestSupport {

	@ParameterizedTest(name = "{0} goes to the {1} service")
	@CsvSource({ "/products, product", "/products/search?q=red%20shoes&sort=price%2Casc, product",
			"/products/skus/TS-RED-M, product", "/categories, product", "/stores/4f6c/stock, inventory",
			"/inventory/TS-RED-M, inventory", "/orders, order", "/orders/4f6c/tracking, order",
			"/payments?orderId=4f6c, payment", "/payments/webhooks/stripe, payment", "/auth/me, user",
			"/users/4f6c, user", "/.well-known/jwks.json, user", "/carts/mine, cart", "/coupons/SUMMER10, cart",
			"/shippings/tracking/1Z999, shipping", "/recommendations/popular?category=shoes, recommendation",
			"/notifications/mine, notification" })
	void everyPublicPathGoesToTheServiceThatOwnsIt(String pathAndQuery, String service) {
		HttpResponse<String> response = get(pathAndQuery);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("service").asString()).isEqualTo(service);
		Received received = Upstreams.of(service).takeRequest();
		String query = (received.query() != null) ? "?" + received.query() : "";
		// the gateway may encode the query differently; what it means must not change
		assertThat(decoded(received.path() + query)).isEqualTo(decoded(pathAndQuery));
	}

	@Test
	void aLongSearchReachesTheServiceWhichJudgesIt() {
		String query = "q=" + "lantern+".repeat(1250);

		HttpResponse<String> response = get("/products/search?" + query);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(decoded(Upstreams.of("product").takeRequest().query())).isEqualTo(decoded(query));
	}

	@Test
	void aRequestLineOverTheLimitIsAProblemDetail() {
		HttpResponse<String> response = get("/products/search?q=" + "x".repeat(20_000));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(json(response).get("type").asString()).isEqualTo("https://ecommerce.dev/problems/malformed-request");
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	private static String decoded(String pathAndQuery) {
		return URLDecoder.decode(pathAndQuery, StandardCharsets.UTF_8);
	}

	@Test
	void aRequestArrivesAtTheServiceAsTheClientSentIt() {
		String body = "{\"cartId\":\"4f6c\",\"note\":\"leave at the door\"}";

		send(request("/orders?source=web&channel=app").POST(BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")
			.header("Idempotency-Key", "checkout-7f1d")
			.header("If-Match", "\"3\"")
			.header("X-Cart-Token", "cart-token-1")
			.header("X-Request-Id", "req-0001"));

		Received received = Upstreams.of("order").takeRequest();
		assertThat(received.method()).isEqualTo("POST");
		assertThat(received.path()).isEqualTo("/orders");
		assertThat(received.query()).isEqualTo("source=web&channel=app");
		assertThat(received.body()).isEqualTo(body);
		// the gateway's servlet layer adds the charset it read the request with; JSON is
		// UTF-8 anyway
		assertThat(
				MediaType.parseMediaType(received.header("Content-Type")).isCompatibleWith(MediaType.APPLICATION_JSON))
			.isTrue();
		assertThat(received.header("Authorization")).isEqualTo("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
		assertThat(received.header("Idempotency-Key")).isEqualTo("checkout-7f1d");
		assertThat(received.header("If-Match")).isEqualTo("\"3\"");
		assertThat(received.header("X-Cart-Token")).isEqualTo("cart-token-1");
		assertThat(received.header("X-Request-Id")).isEqualTo("req-0001");
	}

	@Test
	void aFormPostArrivesWithTheSameFields() {
		send(request("/auth/token")
			.POST(BodyPublishers.ofString("grant_type=client_credentials&scope=orders%20payments"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Basic b3JkZXItc2VydmljZTpzZWNyZXQ="));

		Received received = Upstreams.of("user").takeRequest();
		assertThat(received.path()).isEqualTo("/auth/token");
		assertThat(MediaType.parseMediaType(received.header("Content-Type"))
			.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)).isTrue();
		assertThat(decoded(received.body())).isEqualTo("grant_type=client_credentials&scope=orders payments");
		assertThat(received.header("Authorization")).isEqualTo("Basic b3JkZXItc2VydmljZTpzZWNyZXQ=");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "GET", "POST", "PUT", "PATCH", "DELETE" })
	void theMethodIsKept(String method) {
		send(request("/carts/4f6c/items/TS-RED-M").method(method, BodyPublishers.ofString("{\"quantity\":2}"))
			.header("Content-Type", "application/json"));

		assertThat(Upstreams.of("cart").takeRequest().method()).isEqualTo(method);
	}

	@Test
	void theServicesAnswerComesBackAsItWas() {
		String created = "{\"id\":\"4f6c\",\"number\":\"SO-1001\",\"status\":\"PENDING\"}";
		Upstreams.of("order")
			.replyWith(Reply.json(201, created)
				.withHeader("Location", "http://localhost:8080/orders/4f6c")
				.withHeader("ETag", "\"0\"")
				.withHeader("X-Order-Number", "SO-1001"));

		HttpResponse<String> response = send(request("/orders").POST(BodyPublishers.ofString("{}")));

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:8080/orders/4f6c");
		assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(response.headers().firstValue("X-Order-Number")).hasValue("SO-1001");
		assertThat(mediaType(response)).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(response.body()).isEqualTo(created);
	}

	@Test
	void aServicesOwnErrorIsPassedOnUnchanged() {
		String problem = "{\"type\":\"https://ecommerce.dev/problems/conflict\",\"title\":\"Conflict\",\"status\":409}";
		Upstreams.of("product").replyWith(Reply.of(409, "application/problem+json", problem));

		HttpResponse<String> response = send(request("/products").POST(BodyPublishers.ofString("{}")));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(mediaType(response)).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.body()).isEqualTo(problem);
	}

	@Test
	void aCompressedAnswerIsPassedOnAsTheServiceCompressedIt() throws IOException {
		byte[] gzipped = gzip("{\"items\":[]}");
		Upstreams.of("product")
			.replyWith(new Reply(200, Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"), gzipped));

		HttpResponse<byte[]> response = sendForBytes(request("/products").GET().header("Accept-Encoding", "gzip"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(response.body()).isEqualTo(gzipped);
		assertThat(Upstreams.of("product").takeRequest().header("Accept-Encoding")).isEqualTo("gzip");
	}

	@Test
	void theServiceIsSpokenToInPlainHttp11() {
		get("/products");

		Received received = Upstreams.of("product").takeRequest();
		assertThat(received.header("Upgrade")).isNull();
		assertThat(received.header("HTTP2-Settings")).isNull();
	}

	@Test
	void theServiceLearnsWhereTheClientCameInSoItsLinksPointAtTheGateway() {
		get("/products");

		Received received = Upstreams.of("product").takeRequest();
		assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
		assertThat(received.header("X-Forwarded-Host")).isEqualTo("localhost:" + this.port);
		assertThat(received.header("X-Forwarded-Port")).isEqualTo(String.valueOf(this.port));
		assertThat(received.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
	}

	@Test
	void forwardedHeadersSentByTheClientAreNotPassedOn() {
		send(request("/products").GET()
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "203.0.113.9")
			.header("X-Forwarded-Prefix", "/evil")
			.header("Forwarded", "for=203.0.113.9;host=evil.example"));

		Received received = Upstreams.of("product").takeRequest();
		assertThat(received.header("X-Forwarded-Host")).isEqualTo("localhost:" + this.port);
		assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
		assertThat(received.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
		assertThat(received.header("X-Forwarded-Prefix")).isNull();
		assertThat(received.header("Forwarded")).isNull();
	}

}
