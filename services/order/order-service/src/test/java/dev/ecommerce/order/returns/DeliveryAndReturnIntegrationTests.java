package dev.ecommerce.order.returns;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ecommerce.order.Peers;
import dev.ecommerce.order.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ecommerce.order.OrderMother.newSku;
import static dev.ecommerce.order.OrderMother.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shipment's events move the order to SHIPPED and DELIVERED, each event once; a
 * delivered order's lines are returned, refunded and restocked.
 */
class DeliveryAndReturnIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Test
	void theShipmentsEventsShipAndDeliverTheOrderOnceEachAndAppearInItsTracking() throws Exception {
		TestTokens.Token ada = TestTokens.customer();
		String id = confirmed(ada, newSku(), 1);

		String pickedUp = UUID.randomUUID().toString();
		shipmentEvent(pickedUp, id, "PICKED_UP", "London depot");
		shipmentEvent(pickedUp, id, "PICKED_UP", "London depot");
		shipmentEvent(UUID.randomUUID().toString(), id, "IN_TRANSIT", "Birmingham hub");
		await().atMost(Duration.ofSeconds(20)).until(() -> status(id, ada).equals("SHIPPED"));
		shipmentEvent(UUID.randomUUID().toString(), id, "DELIVERED", "Front door");
		await().atMost(Duration.ofSeconds(20)).until(() -> status(id, ada).equals("DELIVERED"));

		JsonNode tracking = get("/orders/" + id + "/tracking", ada).json();
		assertThat(tracking.path("events").findValuesAsString("status")).containsExactly("PICKED_UP", "IN_TRANSIT",
				"DELIVERED");
		assertThat(tracking.path("statusHistory").findValuesAsString("status")).containsExactly("PENDING", "CONFIRMED",
				"SHIPPED", "DELIVERED");
		assertThat(tracking.at("/shipment/status").asString()).isEqualTo("DELIVERED");
		assertThat(get("/orders/" + id + "/tracking", TestTokens.customer()).status()).isEqualTo(404);
		assertThat(events(id)).containsExactly("dev.ecommerce.order.OrderPlaced.v1",
				"dev.ecommerce.order.OrderConfirmed.v1", "dev.ecommerce.order.OrderShipped.v1",
				"dev.ecommerce.order.OrderDelivered.v1");
	}

	@Test
	void aDeliveredOrdersLinesAreReturnedThenRefundedAndRestockedWhenReceived() throws Exception {
		TestTokens.Token ada = TestTokens.customer();
		String mug = newSku();
		// 3 × £12.50 less 10 %: each unit was paid £11.25
		String id = confirmed(ada, mug, 3, 375);
		shipmentEvent(UUID.randomUUID().toString(), id, "DELIVERED", "Front door");
		await().atMost(Duration.ofSeconds(20)).until(() -> status(id, ada).equals("DELIVERED"));

		assertThat(post("/orders/" + id + "/returns", TestTokens.customer(),
				Map.of("lines", List.of(Map.of("sku", mug, "quantity", 1)), "reason", "chipped"))
			.status()).isEqualTo(404);
		Reply tooMany = post("/orders/" + id + "/returns", ada,
				Map.of("lines", List.of(Map.of("sku", mug, "quantity", 4)), "reason", "chipped"));
		assertThat(tooMany.status()).isEqualTo(400);
		Reply requested = post("/orders/" + id + "/returns", ada,
				Map.of("lines", List.of(Map.of("sku", mug, "quantity", 2)), "reason", "chipped"));
		assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
		assertThat(requested.json().at("/refund/amount").asLong()).isEqualTo(2 * 1125);
		assertThat(status(id, ada)).isEqualTo("RETURN_REQUESTED");
		String returnId = requested.json().path("id").asString();
		String receive = "/orders/" + id + "/returns/" + returnId + "/receive";
		assertThat(post(receive, ada, Map.of()).status()).isEqualTo(403);

		Reply received = post(receive, TestTokens.admin(), Map.of());
		Reply again = post(receive, TestTokens.admin(), Map.of());

		assertThat(received.status()).as(received.toString()).isEqualTo(200);
		assertThat(received.json().path("status").asString()).isEqualTo("RECEIVED");
		assertThat(again.json().path("refundId")).isEqualTo(received.json().path("refundId"));
		JsonNode order = get("/orders/" + id, ada).json();
		assertThat(order.path("status").asString()).isEqualTo("RETURNED");
		assertThat(order.at("/refunded/amount").asLong()).isEqualTo(2250);
		List<LoggedRequest> refunds = refundsOf(id);
		assertThat(refunds).hasSize(1);
		assertThat(json.readTree(refunds.get(0).getBodyAsString()).at("/amount/amount").asLong()).isEqualTo(2250);
		assertThat(refunds.get(0).getHeader("Idempotency-Key"))
			.isEqualTo("order-" + id + "-return-" + returnId + "-refund");
		List<LoggedRequest> restocks = peers
			.findAll(postRequestedFor(urlEqualTo("/stores/" + Peers.STORE + "/stock/" + mug + "/adjustments")));
		assertThat(restocks).hasSize(1);
		assertThat(json.readTree(restocks.get(0).getBodyAsString()).path("delta").asInt()).isEqualTo(2);
		assertThat(json.readTree(restocks.get(0).getBodyAsString()).path("reason").asString()).isEqualTo("RETURN");
		assertThat(events(id)).endsWith("dev.ecommerce.order.ReturnRequested.v1",
				"dev.ecommerce.order.OrderRefunded.v1", "dev.ecommerce.order.ReturnReceived.v1");
		assertThat(post("/orders/" + id + "/returns", ada,
				Map.of("lines", List.of(Map.of("sku", mug, "quantity", 2)), "reason", "more"))
			.status()).as("only one unit is left to return").isEqualTo(400);
	}

	@Test
	void anOrderNotDeliveredCannotBeReturned() {
		TestTokens.Token ada = TestTokens.customer();
		String mug = newSku();
		String id = confirmed(ada, mug, 1);

		Reply refused = post("/orders/" + id + "/returns", ada,
				Map.of("lines", List.of(Map.of("sku", mug, "quantity", 1)), "reason", "chipped"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().path("type").asString()).endsWith("/not-returnable");
	}

	private List<LoggedRequest> refundsOf(String orderId) {
		return peers.findAll(postRequestedFor(urlPathEqualTo("/payments/" + orderId + "/refunds")));
	}

	private String confirmed(TestTokens.Token customer, String sku, int quantity) {
		return confirmed(customer, sku, quantity, 0);
	}

	private String confirmed(TestTokens.Token customer, String sku, int quantity, long discount) {
		Peers.quote(peers, discount, 395, 0, new Peers.Line(sku, quantity, 1250));
		String id = place(customer, order("tok_visa", sku, quantity)).json().path("id").asString();
		assertThat(settled(id, customer).path("status").asString()).isEqualTo("CONFIRMED");
		return id;
	}

	private String status(String id, TestTokens.Token token) {
		return get("/orders/" + id, token).json().path("status").asString();
	}

	private void shipmentEvent(String eventId, String orderId, String status, String location) throws Exception {
		Map<String, Object> data = Map.of("shipmentId", orderId, "orderId", orderId, "trackingNumber", "RM1GB",
				"status", status, "location", location, "at", Instant.now().toString(), "carrierCode", "ignored");
		ProducerRecord<String, String> record = new ProducerRecord<>("shipping.events", orderId,
				json.writeValueAsString(data));
		Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", "dev.ecommerce.shipping.ShipmentStatusChanged.v1",
				"ce_source", "/shipping-service", "ce_subject", orderId, "ce_time", Instant.now().toString(),
				"content-type", "application/json")
			.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		this.kafka.send(record).get();
	}

}
