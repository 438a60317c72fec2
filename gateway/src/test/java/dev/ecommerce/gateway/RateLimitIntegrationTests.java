package dev.ecommerce.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.ecommerce.platform.web.problem.ProblemTypes;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a limit of three requests and one more per hour. This class has a context of its
 * own: every test client is 127.0.0.1, so a limit this small would refuse the other
 * classes' requests.
 */
@TestPropertySource(properties = { "ecommerce.gateway.rate-limit.capacity=3",
		"ecommerce.gateway.rate-limit.refill-tokens=1", "ecommerce.gateway.rate-limit.refill-period=1h" })
class RateLimitIntegrationTests extends GatewayIntegrationTestSupport {

	@Test
	void aClientOverItsLimitGetsA429ProblemWithRetryAfterAndCannotDodgeIt() {
		for (int i = 0; i < 3; i++) {
			assertThat(get("/products").statusCode()).isEqualTo(200);
		}

		HttpResponse<String> refused = get("/products");

		JsonNode problem = assertProblem(refused, 429, ProblemTypes.TOO_MANY_REQUESTS);
		assertThat(problem.get("title").asString()).isEqualTo("Too Many Requests");
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 3600L);
		assertThat(problem.get("detail").asString()).contains(retryAfter + " seconds");

		// neither a claimed address nor a new token buys a fresh bucket
		HttpResponse<String> dodging = send(request("/orders").GET()
			.header("X-Forwarded-For", "203.0.113.7")
			.header("Authorization", "Bearer another-token"));
		assertThat(dodging.statusCode()).isEqualTo(429);

		for (int i = 0; i < 3; i++) {
			Upstreams.of("product").takeRequest();
		}
		assertThat(Upstreams.of("product").receivedNothing()).isTrue();
		assertThat(Upstreams.of("order").receivedNothing()).isTrue();
	}

}
