package dev.ecommerce.shipping.shipment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.shipping.ShippingIntegrationTest;
import dev.ecommerce.shipping.carrier.S10TrackingNumber;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.shipping.ShippingMother.address;
import static dev.ecommerce.shipping.ShippingMother.shipment;
import static org.assertj.core.api.Assertions.assertThat;

class ShipmentIntegrationTests extends ShippingIntegrationTest {

	@Test
	void theOrderServiceCreatesAShipmentWithAnS10TrackingNumberAndItIsAnnounced() {
		UUID orderId = UUID.randomUUID();
		UUID shopper = UUID.randomUUID();
		String rateId = rateId("GB", "SW1Y 4JH", 800, "UKPOST", "STANDARD");

		Reply created = post("/shippings", TestTokens.service(),
				shipment(orderId, rateId, address("GB", "SW1Y 4JH"), shopper));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode shipment = created.json();
		String id = shipment.path("id").asString();
		assertThat(created.header("Location")).isEqualTo("/shippings/" + id);
		assertThat(shipment.path("orderId").asString()).isEqualTo(orderId.toString());
		assertThat(shipment.path("carrier").asString()).isEqualTo("UKPOST");
		assertThat(shipment.path("service").asString()).isEqualTo("STANDARD");
		assertThat(shipment.path("status").asString()).isEqualTo("LABEL_CREATED");
		assertThat(shipment.path("labelUrl").asString()).isEqualTo("/shippings/" + id + "/label");
		assertThat(shipment.at("/cost/amount").asLong()).isEqualTo(339);
		assertThat(shipment.path("weightGrams").asLong()).isEqualTo(800);
		String trackingNumber = shipment.path("trackingNumber").asString();
		assertThat(trackingNumber).startsWith("TT").endsWith("GB").hasSize(13);
		assertThat(S10TrackingNumber.isValid(trackingNumber)).isTrue();
		assertThat(shipment.path("trackingUrl").asString()).endsWith("/" + trackingNumber);
		assertThat(eventsOf(id)).containsExactly("dev.ecommerce.shipping.ShipmentCreated.v1");
		String payload = this.jdbc.sql("SELECT payload::text FROM outbox_event WHERE subject = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(json.readTree(payload).path("trackingNumber").asString()).isEqualTo(trackingNumber);
	}

	@Test
	void aRepeatedOrConcurrentCreationForOneOrderMakesOneShipment() throws Exception {
		UUID orderId = UUID.randomUUID();
		Map<String, Object> request = shipment(orderId, rateId("GB", "SW1Y 4JH", 800, "UKPOST", "EXPRESS"),
				address("GB", "SW1Y 4JH"), UUID.randomUUID());
		List<Callable<Reply>> attempts = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			attempts.add(() -> post("/shippings", TestTokens.service(), request));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Reply> replies = new ArrayList<>();
		for (Future<Reply> reply : pool.invokeAll(attempts)) {
			replies.add(reply.get());
		}
		pool.shutdown();
		Reply later = post("/shippings", TestTokens.admin(), request);

		assertThat(replies).extracting(Reply::status).containsOnlyOnce(201).containsOnly(200, 201);
		assertThat(later.status()).isEqualTo(200);
		assertThat(replies).extracting((reply) -> reply.json().path("id").asString())
			.containsOnly(later.json().path("id").asString());
		assertThat(this.jdbc.sql("SELECT count(*) FROM shipment WHERE order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(eventsOf(later.json().path("id").asString())).hasSize(1);
	}

	@Test
	void aForgedRateOrAnAddressOutsideTheRatesZoneMakesNoShipment() {
		String mainland = rateId("GB", "SW1Y 4JH", 800, "SWIFT", "NEXT_DAY");
		String[] parts = mainland.split("\\.");

		String forgedOrder = UUID.randomUUID().toString();
		String shetlandOrder = UUID.randomUUID().toString();
		String franceOrder = UUID.randomUUID().toString();
		Reply forged = post("/shippings", TestTokens.service(), shipment(UUID.fromString(forgedOrder),
				parts[0] + "." + parts[0], address("GB", "SW1Y 4JH"), UUID.randomUUID()));
		assertThat(forged.status()).isEqualTo(422);
		assertThat(forged.json().path("type").asString()).endsWith("/invalid-rate");

		Reply toShetland = post("/shippings", TestTokens.service(),
				shipment(UUID.fromString(shetlandOrder), mainland, address("GB", "ZE1 0AA"), UUID.randomUUID()));
		assertThat(toShetland.status()).isEqualTo(422);
		assertThat(toShetland.json().path("type").asString()).endsWith("/address-outside-rate");

		Reply toFrance = post("/shippings", TestTokens.service(),
				shipment(UUID.fromString(franceOrder), mainland, address("FR", "75001"), UUID.randomUUID()));
		assertThat(toFrance.status()).isEqualTo(422);
		assertThat(this.jdbc.sql("SELECT count(*) FROM shipment WHERE order_id IN (?, ?, ?)")
			.params(UUID.fromString(forgedOrder), UUID.fromString(shetlandOrder), UUID.fromString(franceOrder))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aRateThatExpiredAfterTheShopperPaidIsStillHonoured() {
		String rateId = rateId("GB", "SW1Y 4JH", 800, "UKPOST", "STANDARD");
		clock.advance(Duration.ofHours(2));

		Reply created = post("/shippings", TestTokens.service(),
				shipment(UUID.randomUUID(), rateId, address("GB", "SW1Y 4JH"), UUID.randomUUID()));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().at("/cost/amount").asLong()).isEqualTo(339);
	}

	@Test
	void onlyServicesAndAdminsCreateShipments() {
		Map<String, Object> request = shipment(UUID.randomUUID(), rateId("GB", "SW1Y 4JH", 800, "UKPOST", "STANDARD"),
				address("GB", "SW1Y 4JH"), UUID.randomUUID());

		assertThat(post("/shippings", null, request).status()).isEqualTo(401);
		assertThat(post("/shippings", TestTokens.customer(), request).status()).isEqualTo(403);
		assertThat(post("/shippings", TestTokens.seller(), request).status()).isEqualTo(403);
		Map<String, Object> invalid = new java.util.HashMap<>(request);
		invalid.remove("orderId");
		Reply refused = post("/shippings", TestTokens.service(), invalid);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("orderId");
	}

	@Test
	void theShopperSeesItsShipmentsAndNoOneElses() {
		UUID shopper = UUID.randomUUID();
		JsonNode shipment = shipped(shopper);
		String id = shipment.path("id").asString();
		shipped(UUID.randomUUID());
		TestTokens.Token owner = TestTokens.as(shopper, "CUSTOMER");

		assertThat(get("/shippings/" + id, owner).status()).isEqualTo(200);
		assertThat(get("/shippings/" + id, owner).header("ETag")).isEqualTo("\"1\"");
		assertThat(get("/shippings/" + id, TestTokens.customer()).status()).isEqualTo(404);
		assertThat(get("/shippings/" + id, TestTokens.admin()).status()).isEqualTo(200);
		assertThat(get("/shippings/" + id, TestTokens.service()).status()).isEqualTo(200);
		assertThat(get("/shippings/" + id, null).status()).isEqualTo(401);
		assertThat(get("/shippings/" + UUID.randomUUID(), TestTokens.admin()).status()).isEqualTo(404);

		Reply own = get("/shippings", owner);
		assertThat(own.json().path("totalItems").asLong()).isEqualTo(1);
		assertThat(own.json().at("/items/0/id").asString()).isEqualTo(id);
		Reply byOrder = get("/shippings?orderId=" + shipment.path("orderId").asString(), TestTokens.admin());
		assertThat(byOrder.json().path("totalItems").asLong()).isEqualTo(1);
		assertThat(get("/shippings?size=101", TestTokens.admin()).status()).isEqualTo(400);
	}

	@Test
	void theAddressChangesWithinTheZoneBeforePickupAndNotAfter() {
		JsonNode shipment = shipped(UUID.randomUUID());
		String id = shipment.path("id").asString();
		String mergePatch = "application/merge-patch+json";

		Reply moved = patch("/shippings/" + id, TestTokens.admin(),
				Map.of("address", Map.of("line1", "1 Other Road", "postalCode", "LS1 1AA", "city", "Leeds")),
				"Content-Type", mergePatch, "If-Match", "\"1\"");
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		assertThat(moved.json().at("/address/city").asString()).isEqualTo("Leeds");
		assertThat(moved.json().at("/address/fullName").asString()).isEqualTo("Ada Lovelace");
		assertThat(moved.json().path("version").asLong()).isEqualTo(2);

		Reply stale = patch("/shippings/" + id, TestTokens.admin(), Map.of("address", Map.of("city", "York")),
				"Content-Type", mergePatch, "If-Match", "\"1\"");
		assertThat(stale.status()).isEqualTo(412);
		Reply abroad = patch("/shippings/" + id, TestTokens.admin(),
				Map.of("address", Map.of("country", "FR", "postalCode", "75001")), "Content-Type", mergePatch);
		assertThat(abroad.status()).isEqualTo(422);
		Reply blank = patch("/shippings/" + id, TestTokens.admin(), Map.of("address", Map.of("line1", "")),
				"Content-Type", mergePatch);
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().at("/errors/0/field").asString()).isEqualTo("address.line1");
		assertThat(patch("/shippings/" + id, TestTokens.customer(), Map.of("address", Map.of("city", "York")),
				"Content-Type", mergePatch)
			.status()).isEqualTo(403);

		post("/shippings/" + id + "/events", TestTokens.admin(), Map.of("status", "PICKED_UP"));
		Reply tooLate = patch("/shippings/" + id, TestTokens.admin(), Map.of("address", Map.of("city", "York")),
				"Content-Type", mergePatch);
		assertThat(tooLate.status()).isEqualTo(409);
		assertThat(tooLate.json().path("type").asString()).endsWith("/shipment-state");
		assertThat(get("/shippings/" + id, TestTokens.admin()).json().at("/address/city").asString())
			.isEqualTo("Leeds");
	}

	@Test
	void aLabelIsVoidedBeforePickupAndThatIsAnnounced() {
		String id = shipped(UUID.randomUUID()).path("id").asString();

		assertThat(delete("/shippings/" + id, TestTokens.customer()).status()).isEqualTo(403);
		assertThat(delete("/shippings/" + id, TestTokens.admin()).status()).isEqualTo(204);

		JsonNode voided = get("/shippings/" + id, TestTokens.admin()).json();
		assertThat(voided.path("status").asString()).isEqualTo("VOIDED");
		assertThat(eventsOf(id)).containsExactly("dev.ecommerce.shipping.ShipmentCreated.v1",
				"dev.ecommerce.shipping.ShipmentStatusChanged.v1");
		assertThat(delete("/shippings/" + id, TestTokens.admin()).status()).isEqualTo(409);
		assertThat(get("/shippings/" + id + "/label", TestTokens.admin()).status()).isEqualTo(409);
		assertThat(post("/shippings/" + id + "/events", TestTokens.admin(), Map.of("status", "PICKED_UP")).status())
			.isEqualTo(409);
	}

	@Test
	void aPickedUpLabelCannotBeVoided() {
		String id = shipped(UUID.randomUUID()).path("id").asString();
		post("/shippings/" + id + "/events", TestTokens.admin(), Map.of("status", "PICKED_UP"));

		Reply refused = delete("/shippings/" + id, TestTokens.admin());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(get("/shippings/" + id, TestTokens.admin()).json().path("status").asString()).isEqualTo("PICKED_UP");
	}

}
