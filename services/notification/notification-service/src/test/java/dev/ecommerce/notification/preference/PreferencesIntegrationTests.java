package dev.ecommerce.notification.preference;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.notification.Mails;
import dev.ecommerce.notification.ServiceIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static dev.ecommerce.notification.OrderMother.CONFIRMED;
import static dev.ecommerce.notification.OrderMother.PLACED;
import static dev.ecommerce.notification.OrderMother.order;
import static dev.ecommerce.notification.OrderMother.usualLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Users choose channels, categories and language; transactional mail ignores the
 * opt-outs.
 */
class PreferencesIntegrationTests extends ServiceIntegrationTest {

	static Map<String, Object> preferences(boolean email, boolean inApp, boolean orderUpdates, boolean shipping,
			boolean marketing, String locale) {
		return Map.of("channels", Map.of("email", email, "sms", false, "inApp", inApp), "categories",
				Map.of("orderUpdates", orderUpdates, "shipping", shipping, "marketing", marketing, "account", true),
				"locale", locale);
	}

	@Test
	void aUserStartsWithTheDefaultsAndKeepsWhatItSets() {
		User eve = registered("Eve Prefs");
		Reply defaults = get("/notifications/preferences", tokenOf(eve));
		assertThat(defaults.status()).isEqualTo(200);
		assertThat(defaults.json().path("channels").path("email").asBoolean()).isTrue();
		assertThat(defaults.json().path("channels").path("sms").asBoolean()).isFalse();
		assertThat(defaults.json().path("categories").path("marketing").asBoolean()).as("marketing is opt-in")
			.isFalse();
		assertThat(defaults.json().path("locale").asString()).isEqualTo("en");

		Reply saved = put("/notifications/preferences", tokenOf(eve),
				preferences(true, false, true, false, true, "de"));
		assertThat(saved.status()).isEqualTo(200);
		Reply read = get("/notifications/preferences", tokenOf(eve));
		assertThat(read.json().path("locale").asString()).isEqualTo("de");
		assertThat(read.json().path("channels").path("inApp").asBoolean()).isFalse();
		assertThat(read.json().path("categories").path("marketing").asBoolean()).isTrue();
		assertThat(
				get("/notifications/preferences", tokenOf(registered("Other Prefs"))).json().path("locale").asString())
			.as("another user's are its own")
			.isEqualTo("en");
	}

	@Test
	void badPreferencesAreRefusedWithTheFieldsAtFault() {
		User fay = registered("Fay Bad");
		Reply unknownLocale = put("/notifications/preferences", tokenOf(fay),
				preferences(true, true, true, true, false, "xx"));
		assertThat(unknownLocale.status()).isEqualTo(400);
		assertThat(unknownLocale.body()).contains("locale");
		Reply missing = put("/notifications/preferences", tokenOf(fay), Map.of("locale", "en"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("channels").contains("categories");
		assertThat(put("/notifications/preferences", tokenOf(fay), "{not json").status()).isEqualTo(400);
		assertThat(get("/notifications/preferences", null).status()).isEqualTo(401);
		assertThat(get("/notifications/preferences", tokenOf(fay)).json().path("locale").asString())
			.as("nothing was saved")
			.isEqualTo("en");
	}

	@Test
	void aGermanSpeakerGetsItsMailInGerman() throws Exception {
		User gus = registered("Gustav Deutsch");
		mailsTo(gus.email(), 1);
		put("/notifications/preferences", tokenOf(gus), preferences(true, true, true, true, false, "de"));
		UUID orderId = UUID.randomUUID();
		publish("order.events", UUID.randomUUID().toString(), CONFIRMED, orderId,
				order(orderId, "4004", gus.id(), usualLines(UUID.randomUUID(), UUID.randomUUID())));

		MimeMessage confirmed = mailsTo(gus.email(), 2).get(1);
		assertThat(confirmed.getSubject()).isEqualTo("Ihre Bestellung 4004 ist bestätigt");
		// German puts a no-break space between the amount and the currency
		assertThat(Mails.part(confirmed, "text/plain").replace('\u00a0', ' ')).contains("Hallo Gustav Deutsch,")
			.contains("Gesamt: 12,99 £")
			.contains("Bestellung ansehen: http://localhost:8080/orders/" + orderId);
		assertThat(Mails.part(confirmed, "text/html")).contains("lang=\"de\"").contains("Zwischensumme");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/notifications/mine", tokenOf(gus)).json()
				.findValuesAsString("subject")
				.contains("Ihre Bestellung 4004 ist bestätigt"));
	}

	@Test
	void transactionalMailIgnoresTheOptOutsAndTheRestHonoursThem() throws Exception {
		User hal = registered("Hal Quiet");
		mailsTo(hal.email(), 1);
		put("/notifications/preferences", tokenOf(hal), preferences(false, false, false, false, false, "en"));
		UUID orderId = UUID.randomUUID();
		publish("order.events", UUID.randomUUID().toString(), PLACED, orderId,
				order(orderId, "5005", hal.id(), usualLines(UUID.randomUUID(), UUID.randomUUID())));
		UUID shipmentId = UUID.randomUUID();
		String shipped = UUID.randomUUID().toString();
		publish("shipping.events", shipped, "dev.ecommerce.shipping.ShipmentCreated.v1", shipmentId,
				Map.of("shipmentId", shipmentId, "orderId", orderId, "carrier", "DPD", "service", "Next day",
						"trackingNumber", "DPD1", "trackingUrl", "https://track.example/DPD1", "at", Instant.now()));

		assertThat(mailsTo(hal.email(), 2).get(1).getSubject()).isEqualTo("We received your order 5005");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM handled_event WHERE event_id = ?")
				.param(shipped)
				.query(Long.class)
				.single() == 1);
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(received(hal.email())).as("no shipping mail").hasSize(2));
		assertThat(notifications(hal.id(), "IN_APP")).as("only the welcome, from before the opt-out").isEqualTo(1);
	}

}
