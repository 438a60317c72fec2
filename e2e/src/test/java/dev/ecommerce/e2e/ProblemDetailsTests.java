package dev.ecommerce.e2e;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.ecommerce.devstack.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors the gateway answers itself are RFC 9457 problem details, like every service's.
 */
@ExtendWith(RunningShop.class)
class ProblemDetailsTests {

	/** A public read route of each service, which needs no token to reach the service. */
	private static final Map<String, String> PUBLIC_ROUTES = new LinkedHashMap<>();

	static {
		PUBLIC_ROUTES.put("product", "/products");
		PUBLIC_ROUTES.put("recommendation", "/recommendations/popular");
		PUBLIC_ROUTES.put("inventory", "/inventory/E2E-SKU-1");
		PUBLIC_ROUTES.put("shipping", "/shippings/tracking/E2E-TRACKING-1");
	}

	@Test
	void unknownPathIsAProblemDetail404(ShopClient shop) {
		HttpResponse<String> response = shop.get("/no-such-thing");

		assertThat(response.statusCode()).isEqualTo(404);
		assertIsProblem(response, 404);
	}

	@Test
	void routeToAServiceThatIsNotRunningIsAProblemDetail503(ShopClient shop, Stack stack) {
		Optional<String> stopped = PUBLIC_ROUTES.keySet().stream().filter((name) -> !stack.isRunning(name)).findFirst();
		String service = stopped.orElse("product");
		if (stopped.isEmpty()) {
			stack.stopService(service);
		}
		try {
			HttpResponse<String> response = shop.get(PUBLIC_ROUTES.get(service));

			assertThat(response.statusCode()).as("GET %s while %s is down", PUBLIC_ROUTES.get(service), service)
				.isEqualTo(503);
			assertIsProblem(response, 503);
		}
		finally {
			if (stopped.isEmpty()) {
				stack.start(service);
			}
		}
	}

	private static void assertIsProblem(HttpResponse<String> response, int status) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		JsonNode problem = ShopClient.json(response);
		assertThat(problem.path("type").asString()).isNotBlank();
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.ecommerce");
	}

}
