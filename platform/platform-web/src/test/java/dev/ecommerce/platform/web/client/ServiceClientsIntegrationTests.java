package dev.ecommerce.platform.web.client;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

import dev.ecommerce.platform.web.TestApplication;
import dev.ecommerce.platform.web.requestid.RequestIdFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(classes = TestApplication.class)
class ServiceClientsIntegrationTests {

	interface UpstreamApi {

		@GetExchange("/{path}")
		String get(@org.springframework.web.bind.annotation.PathVariable String path);

		@PostExchange("/{path}")
		String post(@org.springframework.web.bind.annotation.PathVariable String path);

		@PostExchange("/{path}")
		String post(@org.springframework.web.bind.annotation.PathVariable String path,
				@RequestHeader("Idempotency-Key") String key);

	}

	static final Upstream upstream = Upstream.INSTANCE;

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		registry.add("ecommerce.clients.upstream.url", upstream::url);
		registry.add("ecommerce.clients.upstream.read-timeout", () -> "500ms");
		registry.add("ecommerce.clients.fragile.url", upstream::url);
		registry.add("ecommerce.clients.nowhere.url", () -> "http://127.0.0.1:" + closedPort());
		registry.add("ecommerce.service-account.client-secret", () -> "s3cret");
		registry.add("ecommerce.service-account.token-uri", () -> upstream.url() + "/auth/token");
	}

	@Autowired
	ServiceClients clients;

	@AfterEach
	void clearRequestId() {
		MDC.remove(RequestIdFilter.MDC_KEY);
	}

	@Test
	void aReadThatMeetsAnUnavailableServiceIsRetriedUntilItAnswers() {
		UpstreamApi api = this.clients.create(UpstreamApi.class, "upstream");

		assertThat(api.get("flaky-read")).isEqualTo("\"ok after 3\"");
		assertThat(upstream.hitsOf("/flaky-read")).isEqualTo(3);
	}

	@Test
	void aPostWithAnIdempotencyKeyIsRetried() {
		UpstreamApi api = this.clients.create(UpstreamApi.class, "upstream");

		assertThat(api.post("flaky-keyed", "key-1")).isEqualTo("\"ok after 3\"");
	}

	@Test
	void aPostWithoutAnIdempotencyKeyIsTriedOnceAndIsThenUnavailable() {
		UpstreamApi api = this.clients.create(UpstreamApi.class, "upstream");

		assertThatExceptionOfType(ServiceUnavailableException.class).isThrownBy(() -> api.post("flaky-unkeyed"))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(503));
		assertThat(upstream.hitsOf("/flaky-unkeyed")).isEqualTo(1);
	}

	@Test
	void callsCarryTheRequestIdAndOneCachedServiceToken() {
		MDC.put(RequestIdFilter.MDC_KEY, "request-77");
		UpstreamApi api = this.clients.create(UpstreamApi.class, "upstream");
		int tokensBefore = upstream.tokenRequests.get();

		api.get("hello-1");
		api.get("hello-2");

		assertThat(upstream.received).anySatisfy((headers) -> {
			assertThat(headers.getFirst("X-Request-Id")).isEqualTo("request-77");
			assertThat(headers.getFirst("Authorization")).isEqualTo("Bearer service-token");
		});
		assertThat(upstream.tokenRequests.get() - tokensBefore).isLessThanOrEqualTo(1);
		assertThat(upstream.tokenRequests.get()).isEqualTo(1);
	}

	@Test
	void aServiceThatDoesNotListenIsUnavailable() {
		UpstreamApi api = this.clients.create(UpstreamApi.class, "nowhere");

		assertThatExceptionOfType(ServiceUnavailableException.class).isThrownBy(() -> api.get("anything"))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(503))
			.satisfies((ex) -> assertThat(ex.getBody().getDetail()).contains("nowhere service"));
	}

	@Test
	void aServiceSlowerThanTheReadTimeoutIsATimeout() {
		UpstreamApi api = this.clients.create(UpstreamApi.class, "upstream");

		assertThatExceptionOfType(ServiceUnavailableException.class).isThrownBy(() -> api.post("slow"))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(504));
	}

	@Test
	void theCircuitOpensAfterRepeatedFailuresAndStopsCallingTheService() {
		UpstreamApi api = this.clients.create(UpstreamApi.class, "fragile");

		for (int i = 0; i < 20; i++) {
			assertThatExceptionOfType(ServiceUnavailableException.class).isThrownBy(() -> api.get("down"));
		}

		// 10 recorded failures open the circuit: 4 calls of up to 3 attempts reach the
		// service, the rest do not
		assertThat(upstream.hitsOf("/down")).isBetween(10, 12);
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
