package dev.ecommerce.shipping.shipment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.shipping.ShippingIntegrationTest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import static dev.ecommerce.shipping.ShippingMother.address;
import static dev.ecommerce.shipping.ShippingMother.newSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order service's {@code OrderConfirmed} ships the order once.
 */
class OrderConfirmedIntegrationTests extends ShippingIntegrationTest {

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Test
	void aConfirmedOrderIsShippedOnceAtTheRateTheShopperChose() throws Exception {
		UUID orderId = UUID.randomUUID();
		UUID shopper = UUID.randomUUID();
		String rateId = rateId("GB", "SW1Y 4JH", 800, "SWIFT", "NEXT_DAY");
		Map<String, Object> order = order(orderId, shopper, "SW1Y 4JH", rateId, List.of());

		publish(UUID.randomUUID().toString(), orderId, order);
		await().atMost(Duration.ofSeconds(30)).until(() -> shipmentOf(orderId) != null);
		// a redelivery (same event id) and a repeat of the event (another id) ship
		// nothing more
		String eventId = UUID.randomUUID().toString();
		publish(eventId, orderId, order);
		publish(eventId, orderId, order);
		String marker = UUID.randomUUID().toString();
		UUID markerOrder = UUID.fromString(marker);
		publish(marker, markerOrder, order(markerOrder, shopper, "SW1Y 4JH", rateId, List.of()));
		await().atMost(Duration.ofSeconds(30)).until(() -> shipmentOf(markerOrder) != null);

		assertThat(this.jdbc.sql("SELECT count(*) FROM shipment WHERE order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isEqualTo(1);
		JsonNode shipment = get("/shippings?orderId=" + orderId, TestTokens.as(shopper, "CUSTOMER")).json()
			.at("/items/0");
		assertThat(shipment.path("carrier").asString()).isEqualTo("SWIFT");
		assertThat(shipment.path("service").asString()).isEqualTo("NEXT_DAY");
		assertThat(shipment.path("orderNumber").asString()).isEqualTo("ORD-" + orderId.toString().substring(0, 8));
		assertThat(shipment.at("/cost/amount").asLong()).isEqualTo(795);
	}

	@Test
	void anOrderWithoutARateIsShippedAtTheCheapestRateForItsLines() throws Exception {
		UUID orderId = UUID.randomUUID();
		String sku = newSku();
		productWeighs(sku, 1200);

		publish(UUID.randomUUID().toString(), orderId,
				order(orderId, UUID.randomUUID(), "ZE1 0AA", null, List.of(Map.of("sku", sku, "quantity", 2))));
		await().atMost(Duration.ofSeconds(30)).until(() -> shipmentOf(orderId) != null);

		JsonNode shipment = get("/shippings?orderId=" + orderId, TestTokens.admin()).json().at("/items/0");
		assertThat(shipment.path("carrier").asString()).isEqualTo("UKPOST");
		assertThat(shipment.path("service").asString()).isEqualTo("STANDARD");
		assertThat(shipment.path("weightGrams").asLong()).isEqualTo(2400);
		assertThat(shipment.at("/cost/amount").asLong()).isEqualTo(699);
	}

	private @Nullable String shipmentOf(UUID orderId) {
		return this.jdbc.sql("SELECT id::text FROM shipment WHERE order_id = ?")
			.param(orderId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static Map<String, Object> order(UUID orderId, UUID userId, String postalCode, @Nullable String rateId,
			List<Map<String, Object>> lines) {
		Map<String, Object> order = new HashMap<>();
		order.put("orderId", orderId.toString());
		order.put("number", "ORD-" + orderId.toString().substring(0, 8));
		order.put("userId", userId.toString());
		order.put("lines", lines);
		order.put("totals", Map.of("total", Map.of("amount", 5000, "currency", "GBP")));
		order.put("paymentId", UUID.randomUUID().toString());
		order.put("shippingAddress", address("GB", postalCode));
		order.put("at", Instant.now().toString());
		if (rateId != null) {
			order.put("shippingRateId", rateId);
		}
		return order;
	}

	private void publish(String eventId, UUID orderId, Map<String, Object> order) throws Exception {
		ProducerRecord<String, String> record = new ProducerRecord<>(OrderEvents.TOPIC, orderId.toString(),
				json.writeValueAsString(order));
		Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", OrderConfirmed.TYPE, "ce_source", "/order-service",
				"ce_subject", orderId.toString(), "ce_time", Instant.now().toString(), "content-type",
				"application/json")
			.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		this.kafka.send(record).get();
	}

}
