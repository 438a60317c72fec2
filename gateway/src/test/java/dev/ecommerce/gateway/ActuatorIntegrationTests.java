package dev.ecommerce.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Relies on platform-web's actuator defaults. */
class ActuatorIntegrationTests extends GatewayIntegrationTestSupport {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void theGatewayReportsItselfUpToItsOrchestrator(String path) {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("status").asString()).isEqualTo("UP");
	}

	@Test
	void theGatewaysMetricsAreReadyForPrometheus() {
		get("/products");

		HttpResponse<String> response = get("/actuator/prometheus");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		assertThat(response.body()).contains("http_server_requests_seconds_count");
	}

}
