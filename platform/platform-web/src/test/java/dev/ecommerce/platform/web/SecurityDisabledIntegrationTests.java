package dev.ecommerce.platform.web;

import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that authenticates nobody (the gateway) lets every request through, and
 * Spring Boot's default HTTP Basic security does not take over.
 */
@TestPropertySource(properties = "ecommerce.security.enabled=false")
class SecurityDisabledIntegrationTests extends HttpTests {

	@Test
	void aRequestWithoutATokenIsServed() {
		Reply reply = get("/things?size=1");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("WWW-Authenticate")).isNull();
		assertThat(reply.header("Set-Cookie")).isNull();
	}

	@Test
	void aWriteNeedsNoCsrfToken() {
		Reply reply = send(request("/things/" + UUID.randomUUID()).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(thing("lamp", 1))));

		assertThat(reply.status()).isEqualTo(200);
	}

}
