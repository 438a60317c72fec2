package dev.ecommerce.notification.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ecommerce.inventory.api.LowStockDetected;
import dev.ecommerce.notification.Mails;
import dev.ecommerce.notification.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.user.api.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.ecommerce.notification.OrderMother.CONFIRMED;
import static dev.ecommerce.notification.OrderMother.PLACED;
import static dev.ecommerce.notification.OrderMother.order;
import static dev.ecommerce.notification.OrderMother.usualLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shoppers hear how their orders go, sellers of orders with their products and of low
 * stock, by mail, SMS and signed webhooks.
 */
class OrderNotificationsIntegrationTests extends ServiceIntegrationTest {

	@Test
	void theOrderMailsListTheLinesAndTotalsAndLinkToTheOrder() throws Exception {
		User ann = registered("Ann Order");
		UUID orderId = UUID.randomUUID();
		var lines = usualLines(UUID.randomUUID(), UUID.randomUUID());
		publish("order.events", UUID.randomUUID().toString(), PLACED, orderId, order(orderId, "1001", ann.id(), lines));
		publish("order.events", UUID.randomUUID().toString(), CONFIRMED, orderId,
				order(orderId, "1001", ann.id(), lines));

		var mails = mailsTo(ann.email(), 3);
		assertThat(mails.get(1).getSubject()).isEqualTo("We received your order 1001");
		MimeMessage confirmed = mails.get(2);
		assertThat(confirmed.getSubject()).isEqualTo("Your order 1001 is confirmed");
		assertThat(Mails.part(confirmed, "text/plain")).contains("Hello Ann Order,")
			.contains("- 2 x Mug (£4.50): £9.00")
			.contains("- 1 x Lamp (£3.00): £3.00")
			.contains("Subtotal: £12.00")
			.contains("Shipping: £0.99")
			.contains("Total: £12.99")
			.doesNotContain("Discount")
			.contains("See your order: http://localhost:8080/orders/" + orderId);
		assertThat(Mails.part(confirmed, "text/html")).contains("<td>Mug</td>")
			.contains("<td>£12.99</td>")
			.contains("href=\"http://localhost:8080/orders/" + orderId + "\"");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/notifications/mine", tokenOf(ann)).json().findValuesAsString("kind"),
					(kinds) -> kinds.containsAll(java.util.List.of("ORDER_PLACED", "ORDER_CONFIRMED", "WELCOME")));
	}

	@Test
	void eachSellerHearsOfItsOwnLinesByMailAndBySignedWebhook() throws Exception {
		User ann = registered("Ann Buyer");
		User seller = registered("Sam Seller");
		updated(seller, null, Role.SELLER);
		User other = registered("Olga Other");
		updated(other, null, Role.SELLER);
		Reply webhook = put("/notifications/webhooks/mine", tokenOf(seller, "SELLER"),
				Map.of("url", http.baseUrl() + "/hooks/" + seller.id()));
		assertThat(webhook.status()).as(webhook.toString()).isEqualTo(200);
		String secret = webhook.json().path("secret").asString();
		http.stubFor(WireMock.post("/hooks/" + seller.id()).willReturn(aResponse().withStatus(204)));

		UUID orderId = UUID.randomUUID();
		publish("order.events", UUID.randomUUID().toString(), CONFIRMED, orderId,
				order(orderId, "2002", ann.id(), usualLines(seller.id(), other.id())));

		MimeMessage sellerMail = mailsTo(seller.email(), 2).get(1);
		assertThat(sellerMail.getSubject()).isEqualTo("New order 2002 with your products");
		assertThat(Mails.part(sellerMail, "text/plain")).contains("- 2 x MUG-1 (Mug)").doesNotContain("LAMP-1");
		assertThat(Mails.part(mailsTo(other.email(), 2).get(1), "text/plain")).contains("- 1 x LAMP-1 (Lamp)")
			.doesNotContain("MUG-1");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> http.findAll(postRequestedFor(urlEqualTo("/hooks/" + seller.id()))).size() == 1);
		LoggedRequest delivery = http.findAll(postRequestedFor(urlEqualTo("/hooks/" + seller.id()))).get(0);
		String body = delivery.getBodyAsString();
		assertThat(body).contains("\"type\":\"SELLER_NEW_ORDER\"").contains("MUG-1").doesNotContain("LAMP-1");
		String signature = delivery.getHeader("X-Signature");
		String timestamp = signature.substring(2, signature.indexOf(','));
		assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp))).isLessThan(60);
		assertThat(signature).isEqualTo("t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body));
		assertThat(hmac("another secret", timestamp + "." + body))
			.isNotEqualTo(signature.substring(signature.indexOf("v1=") + 3));
		assertThat(get("/notifications/webhooks/mine", tokenOf(other, "SELLER")).status()).isEqualTo(404);
		assertThat(put("/notifications/webhooks/mine", tokenOf(ann), Map.of("url", "http://example.com")).status())
			.isEqualTo(403);
		assertThat(put("/notifications/webhooks/mine", tokenOf(seller, "SELLER"), Map.of("url", "ftp://x")).status())
			.isEqualTo(400);
	}

	@Test
	void aShipmentMailCarriesTheTrackingLinkAndATextGoesToThePhone() throws Exception {
		User dan = registered("Dan Parcel");
		updated(dan, "+447700900123", Role.CUSTOMER);
		assertThat(put("/notifications/preferences", tokenOf(dan),
				Map.of("channels", Map.of("email", true, "sms", true, "inApp", true), "categories",
						Map.of("orderUpdates", true, "shipping", true, "marketing", false, "account", true), "locale",
						"en"))
			.status()).isEqualTo(200);
		http.stubFor(WireMock.post("/2010-04-01/Accounts/AC123/Messages.json")
			.willReturn(aResponse().withStatus(201).withBody("{\"sid\": \"SM1\"}")));
		UUID orderId = UUID.randomUUID();
		publish("order.events", UUID.randomUUID().toString(), PLACED, orderId,
				order(orderId, "3003", dan.id(), usualLines(UUID.randomUUID(), UUID.randomUUID())));
		UUID shipmentId = UUID.randomUUID();
		publish("shipping.events", UUID.randomUUID().toString(), "dev.ecommerce.shipping.ShipmentCreated.v1",
				shipmentId,
				Map.of("shipmentId", shipmentId, "orderId", orderId, "carrier", "Royal Mail", "service", "Tracked 48",
						"trackingNumber", "RM123456789GB", "trackingUrl", "https://track.example/RM123456789GB", "at",
						Instant.now()));

		MimeMessage shipped = mailsTo(dan.email(), 3).get(2);
		assertThat(shipped.getSubject()).isEqualTo("Your order 3003 is on its way");
		assertThat(Mails.part(shipped, "text/plain"))
			.contains("Your order 3003 has been handed to Royal Mail. Its tracking number is RM123456789GB.")
			.contains("Track your parcel: https://track.example/RM123456789GB");
		assertThat(Mails.part(shipped, "text/html")).contains("href=\"https://track.example/RM123456789GB\"");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> http.findAll(postRequestedFor(urlEqualTo("/2010-04-01/Accounts/AC123/Messages.json")))
				.stream()
				.anyMatch((request) -> request.getBodyAsString().contains("RM123456789GB")));
		LoggedRequest sms = http.findAll(postRequestedFor(urlEqualTo("/2010-04-01/Accounts/AC123/Messages.json")))
			.stream()
			.filter((request) -> request.getBodyAsString().contains("RM123456789GB"))
			.findFirst()
			.orElseThrow();
		assertThat(sms.getHeader("Authorization")).isEqualTo("Basic "
				+ java.util.Base64.getEncoder().encodeToString("AC123:secret".getBytes(StandardCharsets.UTF_8)));
		assertThat(sms.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
		assertThat(sms.getBodyAsString()).contains("To=%2B447700900123")
			.contains("From=%2B15550001111")
			.contains("Body=Your+order+3003+is+on+its+way.+Track+it%3A+https%3A%2F%2Ftrack.example%2FRM123456789GB");
	}

	@Test
	void theParcelsProgressAndACancellationAreToldInTheirOwnWords() throws Exception {
		User pia = registered("Pia Progress");
		UUID orderId = UUID.randomUUID();
		publish("order.events", UUID.randomUUID().toString(), PLACED, orderId,
				order(orderId, "8008", pia.id(), usualLines(UUID.randomUUID(), UUID.randomUUID())));
		mailsTo(pia.email(), 2);
		UUID shipmentId = UUID.randomUUID();
		for (String status : new String[] { "IN_TRANSIT", "OUT_FOR_DELIVERY", "EXCEPTION" }) {
			publish("shipping.events", UUID.randomUUID().toString(), "dev.ecommerce.shipping.ShipmentStatusChanged.v1",
					shipmentId, Map.of("shipmentId", shipmentId, "orderId", orderId, "trackingNumber", "RM9", "status",
							status, "location", "London", "description", "Address not found", "at", Instant.now()));
		}
		publish("order.events", UUID.randomUUID().toString(), dev.ecommerce.notification.OrderMother.CANCELLED, orderId,
				Map.of("orderId", orderId, "number", "8008", "userId", pia.id(), "reason", "not delivered", "refunded",
						Map.of("amount", 1299, "currency", "GBP"), "at", Instant.now()));

		var mails = mailsTo(pia.email(), 5);
		// two topics: no order between the shipping and the order events
		assertThat(mails).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Welcome to The Shop, Pia Progress", "We received your order 8008",
					"Your order 8008 arrives today", "A problem with the delivery of your order 8008",
					"Your order 8008 is cancelled");
		assertThat(Mails.part(withSubject(mails, "A problem with the delivery of your order 8008"), "text/plain"))
			.contains("The carrier reports a problem with the delivery of your order 8008: Address not found.");
		assertThat(Mails.part(withSubject(mails, "Your order 8008 is cancelled"), "text/plain"))
			.contains("Your order 8008 is cancelled (not delivered). Anything you paid (£12.99) is refunded");
		assertThat(notifications(pia.id(), "EMAIL")).as("in transit is not told").isEqualTo(5);
	}

	@Test
	void lowStockReachesTheSellerAndTheAdmins() throws Exception {
		User seller = registered("Sue Stock");
		updated(seller, null, Role.SELLER);
		User admin = registered("Adam Admin");
		updated(admin, null, Role.ADMIN);
		UUID store = UUID.randomUUID();
		UUID alert = UUID.randomUUID();
		publish("inventory.events", UUID.randomUUID().toString(), LowStockDetected.TYPE, "LOW-1",
				new LowStockDetected(alert, store, "LOW-1", seller.id(), 2, 5, Instant.now()));

		for (User recipient : java.util.List.of(seller, admin)) {
			MimeMessage low = mailsTo(recipient.email(), 2).get(1);
			assertThat(low.getSubject()).isEqualTo("Low stock: LOW-1");
			assertThat(Mails.part(low, "text/plain"))
				.contains("Stock of LOW-1 is running low in store " + store + ": 2 units left (alert threshold 5).");
		}
		Reply log = get("/notifications?recipientId=" + admin.id() + "&channel=EMAIL", TestTokens.admin());
		assertThat(log.json().findValuesAsString("kind")).contains("LOW_STOCK");
	}

	private static MimeMessage withSubject(java.util.List<MimeMessage> mails, String subject) throws Exception {
		for (MimeMessage mail : mails) {
			if (subject.equals(mail.getSubject())) {
				return mail;
			}
		}
		throw new AssertionError("No mail " + subject);
	}

	private static String hmac(String secret, String text) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

}
