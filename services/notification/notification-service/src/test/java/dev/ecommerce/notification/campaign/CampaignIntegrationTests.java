package dev.ecommerce.notification.campaign;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.notification.Mails;
import dev.ecommerce.notification.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.user.api.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static dev.ecommerce.notification.OrderMother.CONFIRMED;
import static dev.ecommerce.notification.OrderMother.line;
import static dev.ecommerce.notification.OrderMother.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns reach the users who accept marketing, with a signed one-click unsubscribe
 * (RFC 8058).
 */
class CampaignIntegrationTests extends ServiceIntegrationTest {

	private final HttpClient browser = HttpClient.newHttpClient();

	private void acceptMarketing(User user, boolean marketing) {
		assertThat(put("/notifications/preferences", tokenOf(user),
				Map.of("channels", Map.of("email", true, "sms", false, "inApp", true), "categories",
						Map.of("orderUpdates", true, "shipping", true, "marketing", marketing, "account", true),
						"locale", "en"))
			.status()).isEqualTo(200);
	}

	@Test
	void aCampaignReachesOnlyUsersWhoAcceptMarketingAndOneClickUnsubscribes() throws Exception {
		User lea = registered("Lea Deals");
		User max = registered("Max NoThanks");
		mailsTo(lea.email(), 1);
		mailsTo(max.email(), 1);
		acceptMarketing(lea, true);
		acceptMarketing(max, false);

		Reply sent = post("/notifications/campaigns", TestTokens.admin(), Map.of("subject", "Winter sale: 20% off",
				"message", "Everything warm is cheaper this week.", "couponCode", "WINTER20", "audience", "ALL"));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		assertThat(sent.header("Location")).isEqualTo("/notifications/campaigns/" + sent.json().path("id").asString());
		assertThat(sent.json().path("recipients").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(get(sent.header("Location"), TestTokens.admin()).status()).isEqualTo(200);

		MimeMessage offer = mailsTo(lea.email(), 2).get(1);
		assertThat(offer.getSubject()).isEqualTo("Winter sale: 20% off");
		String text = Mails.part(offer, "text/plain");
		assertThat(text).contains("Everything warm is cheaper this week.")
			.contains("Use the code WINTER20 at checkout.");
		String listUnsubscribe = offer.getHeader("List-Unsubscribe", null);
		assertThat(listUnsubscribe).startsWith("<http://localhost:8080/notifications/unsubscribe?token=" + lea.id())
			.endsWith(">");
		assertThat(offer.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		String link = listUnsubscribe.substring(1, listUnsubscribe.length() - 1);
		assertThat(text).contains("Unsubscribe: " + link);
		assertThat(Mails.part(offer, "text/html")).contains("href=\"" + link + "\"");
		assertThat(received(max.email())).as("no consent, no offer").hasSize(1);

		String local = link.replace("http://localhost:8080", "http://localhost:" + this.port);
		HttpResponse<String> page = this.browser.send(HttpRequest.newBuilder(URI.create(local)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<form").contains("method=\"post\"");
		assertThat(marketing(lea)).as("a GET changes nothing").isTrue();

		HttpResponse<String> oneClick = this.browser.send(HttpRequest.newBuilder(URI.create(local))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(oneClick.body()).contains("You are unsubscribed");
		assertThat(marketing(lea)).isFalse();
		assertThat(get("/notifications/preferences", tokenOf(lea)).json().path("channels").path("email").asBoolean())
			.as("the rest stays")
			.isTrue();
	}

	@Test
	void aForgedUnsubscribeLinkIsRefused() throws Exception {
		User ned = registered("Ned Target");
		acceptMarketing(ned, true);
		for (String token : new String[] { ned.id() + ".forged", "garbage", UUID.randomUUID() + "." }) {
			HttpResponse<String> reply = this.browser.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/notifications/unsubscribe?token=" + token))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(reply.statusCode()).as(token).isEqualTo(400);
		}
		assertThat(marketing(ned)).isTrue();
	}

	@Test
	void aSellerWritesOnlyToItsOwnCustomers() throws Exception {
		User seller = registered("Sid Seller");
		updated(seller, null, Role.SELLER);
		User buyer = registered("Bea Buyer");
		User stranger = registered("Stan Stranger");
		acceptMarketing(buyer, true);
		acceptMarketing(stranger, true);
		UUID orderId = UUID.randomUUID();
		publish("order.events", UUID.randomUUID().toString(), CONFIRMED, orderId, order(orderId, "7007", buyer.id(),
				java.util.List.of(line("SID-1", seller.id(), "Sid's soap", 1, 500))));
		mailsTo(seller.email(), 2);

		assertThat(post("/notifications/campaigns", tokenOf(seller, "SELLER"),
				Map.of("subject", "Hi", "message", "Soap sale", "audience", "ALL"))
			.status()).as("a seller may not write to everybody").isEqualTo(403);
		Reply sent = post("/notifications/campaigns", tokenOf(seller, "SELLER"),
				Map.of("subject", "Soap sale", "message", "Two for one.", "audience", "CUSTOMERS"));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		assertThat(sent.json().path("recipients").asInt()).isEqualTo(1);
		assertThat(mailsTo(buyer.email(), 3).get(2).getSubject()).isEqualTo("Soap sale");
		assertThat(received(stranger.email())).hasSize(1);
		assertThat(get(sent.header("Location"), TestTokens.seller()).status()).as("another seller's").isEqualTo(404);
	}

	@Test
	void aCampaignPostedTwiceWithTheSameIdempotencyKeyIsSentOnce() throws Exception {
		User olive = registered("Olive Once");
		mailsTo(olive.email(), 1);
		acceptMarketing(olive, true);
		var admin = TestTokens.admin();
		Map<String, Object> campaign = Map.of("subject", "Once only", "message", "Retried by a client.", "audience",
				"ALL");
		String key = UUID.randomUUID().toString();
		Reply first = post("/notifications/campaigns", admin, campaign, "Idempotency-Key", key);
		Reply again = post("/notifications/campaigns", admin, campaign, "Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
		assertThat(mailsTo(olive.email(), 2).get(1).getSubject()).isEqualTo("Once only");
		assertThat(this.jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = ? AND kind = 'CAMPAIGN'")
			.param(olive.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void badOrForbiddenCampaignsAreRefused() {
		assertThat(post("/notifications/campaigns", TestTokens.customer(),
				Map.of("subject", "Hi", "message", "x", "audience", "ALL"))
			.status()).isEqualTo(403);
		assertThat(post("/notifications/campaigns", null, Map.of("subject", "Hi", "message", "x", "audience", "ALL"))
			.status()).isEqualTo(401);
		Reply blank = post("/notifications/campaigns", TestTokens.admin(), Map.of("subject", " ", "audience", "ALL"));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("subject").contains("message");
		assertThat(post("/notifications/campaigns", TestTokens.admin(),
				Map.of("subject", "Hi", "message", "x", "audience", "EVERYONE"))
			.status()).isEqualTo(400);
		assertThat(post("/notifications/campaigns", TestTokens.admin(),
				Map.of("subject", "Hi", "message", "x", "couponCode", "NO SPACES", "audience", "ALL"))
			.status()).isEqualTo(400);
	}

	private boolean marketing(User user) {
		return get("/notifications/preferences", tokenOf(user)).json().path("categories").path("marketing").asBoolean();
	}

}
