package dev.ecommerce.gateway;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.ecommerce.platform.web.problem.ProblemTypes;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamFailureIntegrationTests extends GatewayIntegrationTestSupport {

	@Test
	void aServiceThatCannotBeReachedIsA503ProblemNamingIt() {
		HttpResponse<String> response = send(
				request("/unreachable/orders").POST(BodyPublishers.ofString("{}")).header("X-Request-Id", "req-503"));

		JsonNode problem = assertProblem(response, 503, ProblemTypes.SERVICE_UNAVAILABLE);
		assertThat(problem.get("title").asString()).isEqualTo("Service Unavailable");
		assertThat(problem.get("detail").asString()).isEqualTo("The unreachable service is not available right now.");
		assertThat(problem.get("instance").asString()).isEqualTo("/unreachable/orders");
	}

	@Test
	void aServiceSlowerThanTheReadTimeoutIsA504ProblemNamingIt() {
		Upstream slow = Upstreams.of("slow");
		slow.holdReplies();
		Instant start = Instant.now();

		HttpResponse<String> response = get("/slow/reports");

		Duration waited = Duration.between(start, Instant.now());
		slow.release();
		JsonNode problem = assertProblem(response, 504, ProblemTypes.GATEWAY_TIMEOUT);
		assertThat(problem.get("title").asString()).isEqualTo("Gateway Timeout");
		assertThat(problem.get("detail").asString()).isEqualTo("The slow service did not answer in time.");
		assertThat(slow.takeRequest().path()).isEqualTo("/slow/reports");
		// the configured read timeout is 2 s; the held reply would have taken 30 s
		assertThat(waited).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(15));
	}

	@Test
	void aServiceThatAnswersInTimeIsNotCutOff() {
		HttpResponse<String> response = get("/slow/reports");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("service").asString()).isEqualTo("slow");
	}

}
