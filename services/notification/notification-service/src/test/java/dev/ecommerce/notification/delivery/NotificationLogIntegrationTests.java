package dev.ecommerce.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ecommerce.notification.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.user.api.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.ecommerce.notification.OrderMother.CANCELLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A failing channel is retried with growing pauses, then the notification is FAILED; the
 * admins see every attempt.
 */
class NotificationLogIntegrationTests extends ServiceIntegrationTest {

	@Test
	void aTextTheProviderRefusesIsRetriedThenFailedAndEveryAttemptIsLogged() {
		User kim = registered("Kim Failing");
		String phone = "+447700900" + (100 + (int) (Math.random() * 800));
		updated(kim, phone, Role.CUSTOMER);
		put("/notifications/preferences", tokenOf(kim),
				Map.of("channels", Map.of("email", true, "sms", true, "inApp", true), "categories",
						Map.of("orderUpdates", true, "shipping", true, "marketing", false, "account", true), "locale",
						"en"));
		http.stubFor(WireMock.post("/2010-04-01/Accounts/AC123/Messages.json")
			.withRequestBody(WireMock.containing(phone.substring(1)))
			.willReturn(aResponse().withStatus(503)));
		UUID orderId = UUID.randomUUID();
		publish("order.events", UUID.randomUUID().toString(), CANCELLED, orderId,
				Map.of("orderId", orderId, "number", "6006", "userId", kim.id(), "reason", "changed my mind",
						"refunded", Map.of("amount", 1299, "currency", "GBP"), "at", Instant.now()));

		await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(smsOf(kim).path("status").asString()));
		JsonNode sms = smsOf(kim);
		assertThat(sms.path("recipient").asString()).isEqualTo(phone);
		assertThat(sms.path("kind").asString()).isEqualTo("ORDER_CANCELLED");
		assertThat(sms.path("attempts")).hasSize(3);
		for (int i = 0; i < 3; i++) {
			assertThat(sms.path("attempts").get(i).path("attempt").asInt()).isEqualTo(i + 1);
			assertThat(sms.path("attempts").get(i).path("outcome").asString()).isEqualTo("FAILED");
			assertThat(sms.path("attempts").get(i).path("error").asString()).isEqualTo("SMS provider answered 503");
		}
		Instant first = Instant.parse(sms.path("attempts").get(0).path("at").asString());
		Instant second = Instant.parse(sms.path("attempts").get(1).path("at").asString());
		Instant third = Instant.parse(sms.path("attempts").get(2).path("at").asString());
		assertThat(Duration.between(first, second)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(Duration.between(second, third)).as("the pause doubles")
			.isGreaterThanOrEqualTo(Duration.ofMillis(400));

		Reply mails = get("/notifications?recipientId=" + kim.id() + "&channel=EMAIL&status=SENT", TestTokens.admin());
		assertThat(mails.json().findValuesAsString("kind")).containsExactlyInAnyOrder("WELCOME", "ORDER_CANCELLED");
		assertThat(mails.json().path("items").get(0).path("attempts").get(0).path("outcome").asString())
			.isEqualTo("SENT");
	}

	@Test
	void onlyAdminsSeeTheLog() {
		assertThat(get("/notifications", TestTokens.customer()).status()).isEqualTo(403);
		assertThat(get("/notifications", TestTokens.seller()).status()).isEqualTo(403);
		assertThat(get("/notifications", null).status()).isEqualTo(401);
		assertThat(get("/notifications?status=LOST", TestTokens.admin()).status()).isEqualTo(400);
		Reply page = get("/notifications?size=5", TestTokens.admin());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().path("size").asInt()).isEqualTo(5);
	}

	private JsonNode smsOf(User user) {
		return get("/notifications?recipientId=" + user.id() + "&channel=SMS", TestTokens.admin()).json()
			.path("items")
			.path(0);
	}

}
