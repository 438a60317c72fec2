package dev.ecommerce.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.ecommerce.gateway.Upstream.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** Relies on platform-web's request id filter. */
class RequestIdIntegrationTests extends GatewayIntegrationTestSupport {

	@Test
	void aRequestWithoutAnIdGetsOneThatTheServiceAndTheClientBothSee() {
		HttpResponse<String> response = get("/products");

		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(requestId).isNotBlank();
		assertThat(Upstreams.of("product").takeRequest().header("X-Request-Id")).isEqualTo(requestId);
	}

	@Test
	void aRequestsOwnIdIsKeptAllTheWay() {
		HttpResponse<String> response = send(request("/carts/mine").GET().header("X-Request-Id", "storefront-42"));

		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("storefront-42");
		assertThat(Upstreams.of("cart").takeRequest().header("X-Request-Id")).isEqualTo("storefront-42");
	}

	@Test
	void theServiceEchoingTheIdDoesNotRepeatTheHeader() {
		Upstreams.of("product").replyWith(Reply.json(200, "[]").withHeader("X-Request-Id", "storefront-43"));

		HttpResponse<String> response = send(request("/products").GET().header("X-Request-Id", "storefront-43"));

		assertThat(response.headers().allValues("X-Request-Id")).containsExactly("storefront-43");
	}

	@Test
	void theGatewaysOwnProblemsCarryTheRequestId() {
		HttpResponse<String> response = send(request("/unreachable/x").GET().header("X-Request-Id", "req-503"));

		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-503");
		assertThat(json(response).get("requestId").asString()).isEqualTo("req-503");
	}

}
