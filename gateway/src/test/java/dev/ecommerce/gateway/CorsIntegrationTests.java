package dev.ecommerce.gateway;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.ecommerce.gateway.Upstream.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class CorsIntegrationTests extends GatewayIntegrationTestSupport {

	private static final String STOREFRONT = "http://localhost:5173";

	@Test
	void aPreflightFromAnAllowedOriginIsAnsweredByTheGatewayAlone() {
		HttpResponse<String> response = send(request("/orders").method("OPTIONS", BodyPublishers.noBody())
			.header("Origin", STOREFRONT)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key, x-request-id"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(STOREFRONT);
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("GET", "POST",
				"PUT", "PATCH", "DELETE");
		assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
			.contains("authorization", "content-type", "idempotency-key", "x-request-id");
		assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("1800");
		assertThat(Upstreams.of("order").receivedNothing()).isTrue();
	}

	@Test
	void aPreflightAllowsEveryHeaderTheApiUses() {
		HttpResponse<String> response = send(request("/carts/4f6c").method("OPTIONS", BodyPublishers.noBody())
			.header("Origin", "http://localhost:3000")
			.header("Access-Control-Request-Method", "PATCH")
			.header("Access-Control-Request-Headers", "if-match, x-cart-token"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
		assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
			.contains("if-match", "x-cart-token");
	}

	@Test
	void aPreflightFromAnotherOriginIsRefused() {
		HttpResponse<String> response = send(request("/orders").method("OPTIONS", BodyPublishers.noBody())
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(Upstreams.of("order").receivedNothing()).isTrue();
	}

	@Test
	void aRequestFromAnAllowedOriginMayReadTheHeadersTheApiExposes() {
		HttpResponse<String> response = send(request("/products").GET().header("Origin", STOREFRONT));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(STOREFRONT);
		assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("ETag",
				"Location", "X-Request-Id", "Retry-After");
	}

	@Test
	void aServicesOwnCorsHeadersDoNotReachTheBrowser() {
		Upstreams.of("product")
			.replyWith(Reply.json(200, "[]")
				.withHeader("Access-Control-Allow-Origin", "*")
				.withHeader("Access-Control-Allow-Credentials", "true"));

		HttpResponse<String> response = send(request("/products").GET().header("Origin", STOREFRONT));

		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(STOREFRONT);
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void aProblemFromTheGatewayIsReadableByTheBrowserToo() {
		HttpResponse<String> response = send(request("/unreachable/orders").GET().header("Origin", STOREFRONT));

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(STOREFRONT);
	}

}
