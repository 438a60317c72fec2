package dev.ecommerce.platform.web;

import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A service that authenticates nobody (the gateway) lets every request through, and
 * Spring Boot's default HTTP Basic security does not take over.
 */
@TestPropertySource(properties = "ecommerce.security.enabled=false")
class SecurityDisabledIntegrationTests extends HttpTests {

	@Autowired
	HttpFirewall firewall;

	@Test
	void aRequestWithoutATokenIsServed() {
		Reply reply = get("/things?size=1");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("WWW-Authenticate")).isNull();
		assertThat(reply.header("Set-Cookie")).isNull();
	}

	@Test
	void requestsAreObservedWholeAndHeadersCheckedAsWithSecurity() {
		get("/things?size=1");

		assertThat(get("/actuator/prometheus").body()).contains("http_server_requests_seconds_count")
			.doesNotContain("spring_security_");
		assertThat(this.firewall).isInstanceOf(StrictHttpFirewall.class);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/things");
		request.addHeader("X-Bad", "a\u0085b");
		assertThatExceptionOfType(RequestRejectedException.class)
			.isThrownBy(() -> this.firewall.getFirewalledRequest(request).getHeader("X-Bad"));
	}

	@Test
	void aWriteNeedsNoCsrfToken() {
		Reply reply = send(request("/things/" + UUID.randomUUID()).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(thing("lamp", 1))));

		assertThat(reply.status()).isEqualTo(200);
	}

}
