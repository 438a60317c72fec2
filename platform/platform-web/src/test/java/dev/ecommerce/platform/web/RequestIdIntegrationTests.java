package dev.ecommerce.platform.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdIntegrationTests extends HttpTests {

	@Test
	void aRequestIdSentIsEchoed() {
		Reply reply = get("/public/hello", "X-Request-Id", "order-42.retry-1");

		assertThat(reply.header("X-Request-Id")).isEqualTo("order-42.retry-1");
	}

	@Test
	void aRequestWithoutAnIdGetsOne() {
		Reply reply = get("/public/hello");

		assertThat(UUID.fromString(reply.header("X-Request-Id"))).isNotNull();
	}

	@Test
	void anIdThatCouldForgeLogLinesIsReplaced() {
		Reply reply = get("/public/hello", "X-Request-Id", "two words\tINFO forged");

		assertThat(UUID.fromString(reply.header("X-Request-Id"))).isNotNull();
	}

}
