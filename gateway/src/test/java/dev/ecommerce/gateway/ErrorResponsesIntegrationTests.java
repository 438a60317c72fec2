package dev.ecommerce.gateway;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.ecommerce.platform.web.problem.ProblemTypes;

import static org.assertj.core.api.Assertions.assertThat;

/** Relies on platform-web's problem details and body size limit. */
class ErrorResponsesIntegrationTests extends GatewayIntegrationTestSupport {

	@Test
	void aPathNoServiceOwnsIsA404Problem() {
		HttpResponse<String> response = get("/basket/4f6c");

		assertProblem(response, 404, ProblemTypes.NOT_FOUND);
		Upstreams.SERVICES.forEach((service) -> assertThat(Upstreams.of(service).receivedNothing()).isTrue());
	}

	@Test
	void aMethodTheGatewayDoesNotTakeIsA405Problem() {
		HttpResponse<String> response = send(request("/actuator/health").POST(BodyPublishers.ofString("{}")));

		assertProblem(response, 405, ProblemTypes.METHOD_NOT_ALLOWED);
	}

	@Test
	void aFailureInsideTheGatewayIsA500ProblemThatTellsNothingOfIt() {
		HttpResponse<String> response = get(FailingRoute.PATH);

		assertProblem(response, 500, ProblemTypes.INTERNAL);
		assertThat(response.body()).doesNotContain("secret", "IllegalStateException");
	}

	@Test
	void aBodyOverTheLimitIsA413ProblemAndNeverReachesTheService() {
		String twoMegabytes = "x".repeat(2 * 1024 * 1024);

		HttpResponse<String> response = send(request("/products").POST(BodyPublishers.ofString(twoMegabytes))
			.header("Content-Type", "application/json"));

		assertProblem(response, 413, ProblemTypes.PAYLOAD_TOO_LARGE);
		assertThat(Upstreams.of("product").receivedNothing()).isTrue();
	}

}
