package dev.ecommerce.platform.web;

import org.junit.jupiter.api.Test;

import dev.ecommerce.platform.test.TestTokens;

import org.springframework.test.context.TestPropertySource;

import static dev.ecommerce.platform.web.ProblemDetailsIntegrationTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the keys that sign access tokens cannot be fetched (the user service is down), a
 * request with a token cannot be checked: that is a 503 to retry, not a 401 that would
 * make a client sign in again, and not a 500.
 */
@TestPropertySource(properties = "ecommerce.security.jwt.jwks-uri=http://127.0.0.1:9/.well-known/jwks.json")
class JwksUnavailableIntegrationTests extends HttpTests {

	@Test
	void aTokenThatCannotBeCheckedNowIsA503ToRetry() {
		Reply reply = get("/admin/things", "Authorization", TestTokens.admin().bearer());

		assertProblem(reply, 503, "service-unavailable");
		assertThat(reply.header("Retry-After")).isEqualTo("5");
	}

	@Test
	void noTokenIsStillA401() {
		Reply reply = get("/admin/things");

		assertProblem(reply, 401, "unauthorized");
	}

}
