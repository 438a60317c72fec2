package dev.ecommerce.shipping.shipment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.shipping.ShippingIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingIntegrationTests extends ShippingIntegrationTest {

	private static final String SECRET = "test-webhook-secret";

	@Test
	void aShipmentIsFollowedToItsDoorByTheCarriersSignedWebhooks() {
		JsonNode shipment = shipped(UUID.randomUUID());
		String id = shipment.path("id").asString();
		String trackingNumber = shipment.path("trackingNumber").asString();

		// the carrier's scans come after the label was made, whenever the test runs
		Instant collected = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(1, ChronoUnit.HOURS);
		String delivered = collected.plus(26, ChronoUnit.HOURS).plus(2, ChronoUnit.MINUTES).toString();
		for (String[] step : List.of(new String[] { "PICKED_UP", "Birmingham", collected.toString() },
				new String[] { "IN_TRANSIT", "Birmingham Mail Centre", collected.plus(9, ChronoUnit.HOURS).toString() },
				new String[] { "IN_TRANSIT", "London Mail Centre", collected.plus(17, ChronoUnit.HOURS).toString() },
				new String[] { "OUT_FOR_DELIVERY", "London SW1",
						collected.plus(22, ChronoUnit.HOURS).plus(30, ChronoUnit.MINUTES).toString() },
				new String[] { "DELIVERED", "London SW1", delivered })) {
			Reply recorded = webhook(id, event(step[0], step[1], step[2]));
			assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
			assertThat(recorded.json().path("status").asString()).isEqualTo(step[0]);
		}

		Reply tracking = get("/shippings/tracking/" + trackingNumber, null);
		assertThat(tracking.status()).isEqualTo(200);
		assertThat(tracking.json().path("status").asString()).isEqualTo("DELIVERED");
		assertThat(tracking.json().path("events").findValuesAsString("status")).containsExactly("LABEL_CREATED",
				"PICKED_UP", "IN_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
		assertThat(tracking.json().at("/events/5/location").asString()).isEqualTo("London SW1");
		assertThat(tracking.json().at("/events/5/at").asString()).isEqualTo(delivered);
		assertThat(tracking.body()).doesNotContain("Ada Lovelace");
		// each change of status told once: the second in-transit scan changes nothing
		assertThat(eventsOf(id)).containsExactly("dev.ecommerce.shipping.ShipmentCreated.v1",
				"dev.ecommerce.shipping.ShipmentStatusChanged.v1", "dev.ecommerce.shipping.ShipmentStatusChanged.v1",
				"dev.ecommerce.shipping.ShipmentStatusChanged.v1", "dev.ecommerce.shipping.ShipmentStatusChanged.v1");

		Reply afterDelivery = webhook(id,
				event("IN_TRANSIT", "Nowhere", collected.plus(2, ChronoUnit.DAYS).toString()));
		assertThat(afterDelivery.status()).isEqualTo(409);
		assertThat(afterDelivery.json().path("type").asString()).endsWith("/shipment-state");
	}

	@Test
	void aRepeatedWebhookIsRecordedOnce() {
		String id = shipped(UUID.randomUUID()).path("id").asString();
		String pickedUp = event("PICKED_UP", "Birmingham", "2026-11-27T09:00:00Z");

		assertThat(webhook(id, pickedUp).status()).isEqualTo(200);
		Reply repeat = webhook(id, pickedUp);

		assertThat(repeat.status()).isEqualTo(200);
		assertThat(repeat.json().path("status").asString()).isEqualTo("PICKED_UP");
		assertThat(this.jdbc.sql("SELECT count(*) FROM tracking_event WHERE shipment_id = ? AND status = 'PICKED_UP'")
			.param(UUID.fromString(id))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anImpossibleStepIsRefusedAndChangesNothing() {
		String id = shipped(UUID.randomUUID()).path("id").asString();

		Reply skipped = webhook(id, event("DELIVERED", null, "2026-11-27T09:00:00Z"));

		assertThat(skipped.status()).isEqualTo(409);
		assertThat(get("/shippings/" + id, TestTokens.admin()).json().path("status").asString())
			.isEqualTo("LABEL_CREATED");
		assertThat(eventsOf(id)).hasSize(1);
	}

	@Test
	void onlySignedCarriersAndAdminsPostEvents() {
		String id = shipped(UUID.randomUUID()).path("id").asString();
		String body = event("PICKED_UP", "Birmingham", "2026-11-27T09:00:00Z");

		assertThat(post("/shippings/" + id + "/events", null, body).status()).isEqualTo(401);
		assertThat(post("/shippings/" + id + "/events", null, body, "X-Webhook-Signature", "sha256=00ff").status())
			.isEqualTo(401);
		assertThat(post("/shippings/" + id + "/events", null, body, "X-Webhook-Signature",
				sign(body.replace("Birmingham", "Leeds")))
			.status()).isEqualTo(401);
		assertThat(post("/shippings/" + id + "/events", TestTokens.customer(), body).status()).isEqualTo(403);
		assertThat(post("/shippings/" + id + "/events", TestTokens.service(), body).status()).isEqualTo(403);
		assertThat(get("/shippings/" + id, TestTokens.admin()).json().path("status").asString())
			.isEqualTo("LABEL_CREATED");

		Reply byAdmin = post("/shippings/" + id + "/events", TestTokens.admin(), body);
		assertThat(byAdmin.status()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT source FROM tracking_event WHERE shipment_id = ? AND status = 'PICKED_UP'")
			.param(UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("ADMIN");
	}

	@Test
	void badEventsAreRefusedAsBadRequests() {
		String id = shipped(UUID.randomUUID()).path("id").asString();

		assertThat(webhook(id, "{\"status\": \"TELEPORTED\"}").status()).isEqualTo(400);
		assertThat(webhook(id, "not json").status()).isEqualTo(400);
		Reply noStatus = webhook(id, "{\"location\": \"Leeds\"}");
		assertThat(noStatus.status()).isEqualTo(400);
		assertThat(noStatus.json().at("/errors/0/field").asString()).isEqualTo("status");
		assertThat(webhook(UUID.randomUUID().toString(), event("PICKED_UP", null, "2026-11-27T09:00:00Z")).status())
			.isEqualTo(404);
		assertThat(get("/shippings/tracking/XX000000000GB", null).status()).isEqualTo(404);
	}

	private Reply webhook(String id, String body) {
		return post("/shippings/" + id + "/events", null, body, "X-Webhook-Signature", sign(body));
	}

	private static String event(String status, String location, String at) {
		Map<String, Object> event = new java.util.HashMap<>(Map.of("status", status, "at", at));
		if (location != null) {
			event.put("location", location);
			event.put("description", status.replace('_', ' ').toLowerCase() + " at " + location);
		}
		return json.writeValueAsString(event);
	}

	private static String sign(String body) {
		return "sha256="
				+ HexFormat.of().formatHex(WebhookSignatures.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
	}

}
