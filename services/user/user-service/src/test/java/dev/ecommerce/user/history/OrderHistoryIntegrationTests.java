package dev.ecommerce.user.history;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.ecommerce.user.Accounts;
import dev.ecommerce.user.Api;
import dev.ecommerce.user.ServiceIntegrationTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order history under {@code /auth/me/orders}, against a stand-in order service that
 * answers as its API describes.
 */
class OrderHistoryIntegrationTests extends ServiceIntegrationTest {

	private static final WireMockServer orderService = new WireMockServer(
			WireMockConfiguration.options().dynamicPort());

	static {
		orderService.start();
	}

	@DynamicPropertySource
	static void orderServiceUrl(DynamicPropertyRegistry registry) {
		registry.add("ecommerce.clients.order.url", orderService::baseUrl);
		// one attempt, so that the test of an unreachable service does not wait
		registry.add("ecommerce.clients.order.read-timeout", () -> "2s");
	}

	@AfterAll
	static void stop() {
		orderService.stop();
	}

	@BeforeEach
	void reset() {
		orderService.resetAll();
	}

	@Test
	void theHistoryIsTheOrderServicesPageOfTheSignedInUsersOrders() {
		Accounts.Registered user = this.accounts.register();
		String token = this.accounts.login(user).access();
		orderService.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody(
					"""
							{"items": [{"id": "0b5f1c3e-2f0a-4c1e-9d4a-6f1f0b7e8a01", "number": "SO-1001", "status": "DELIVERED",
							 "totals": {"total": {"amount": 2599, "currency": "GBP"}}}],
							 "page": 1, "size": 5, "totalItems": 6, "totalPages": 2}""")));

		Api.Reply history = this.api.get("/auth/me/orders?page=1&size=5&status=DELIVERED", token);

		assertThat(history.status()).as(history.toString()).isEqualTo(200);
		assertThat(history.text("/items/0/number")).isEqualTo("SO-1001");
		assertThat(history.json().at("/items/0/totals/total/amount").asLong()).isEqualTo(2599);
		assertThat(history.json().at("/totalItems").asInt()).isEqualTo(6);
		orderService
			.verify(getRequestedFor(urlPathEqualTo("/orders")).withQueryParam("userId", equalTo(user.id().toString()))
				.withQueryParam("page", equalTo("1"))
				.withQueryParam("size", equalTo("5"))
				.withQueryParam("status", equalTo("DELIVERED")));
	}

	@Test
	void aUserCannotAskForSomeoneElsesHistory() {
		Accounts.Registered user = this.accounts.register();
		String token = this.accounts.login(user).access();
		orderService.stubFor(
				get(urlPathEqualTo("/orders")).willReturn(aResponse().withHeader("Content-Type", "application/json")
					.withBody("{\"items\": [], \"page\": 0, \"size\": 20, \"totalItems\": 0, \"totalPages\": 0}")));

		Api.Reply history = this.api.get("/auth/me/orders?userId=5e11e700-de30-4000-8000-000000000001", token);

		assertThat(history.status()).isEqualTo(200);
		orderService
			.verify(getRequestedFor(urlPathEqualTo("/orders")).withQueryParam("userId", equalTo(user.id().toString())));
	}

	@Test
	void badPagingOrAnUnknownStatusIsRefusedWithoutAskingTheOrderService() {
		String token = this.accounts.login(this.accounts.register()).access();

		assertThat(this.api.get("/auth/me/orders?size=101", token).status()).isEqualTo(400);
		assertThat(this.api.get("/auth/me/orders?page=-1", token).status()).isEqualTo(400);
		assertThat(this.api.get("/auth/me/orders?status=LOST", token).status()).isEqualTo(400);
		assertThat(this.api.get("/auth/me/orders", null).status()).isEqualTo(401);
		assertThat(orderService.getAllServeEvents()).isEmpty();
	}

	@Test
	void anUnavailableOrderServiceIsA503ProblemNotAnError() {
		String token = this.accounts.login(this.accounts.register()).access();
		orderService.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(503)));

		Api.Reply history = this.api.get("/auth/me/orders", token);

		assertThat(history.status()).as(history.toString()).isIn(502, 503);
		assertThat(history.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

}
