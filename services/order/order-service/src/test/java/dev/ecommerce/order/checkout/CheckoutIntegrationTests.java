package dev.ecommerce.order.checkout;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ecommerce.order.Peers;
import dev.ecommerce.order.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.shipping.api.ShipmentRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ecommerce.order.OrderMother.newSku;
import static dev.ecommerce.order.OrderMother.order;
import static org.assertj.core.api.Assertions.assertThat;

class CheckoutIntegrationTests extends ServiceIntegrationTest {

	@Test
	void anOrderIsPendingAtOnceThenReservedPaidConfirmedCommittedAndShipped() {
		String mug = newSku();
		String lamp = newSku();
		Peers.quote(peers, 200, 395, 500, new Peers.Line(mug, 2, 1250), new Peers.Line(lamp, 1, 3000));
		TestTokens.Token ada = TestTokens.customer();

		Reply placed = place(ada, order("tok_visa", mug, 2, lamp, 1));

		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		JsonNode order = placed.json();
		String id = order.path("id").asString();
		assertThat(placed.header("Location")).isEqualTo("/orders/" + id);
		assertThat(order.path("status").asString()).isEqualTo("PENDING");
		assertThat(order.path("number").asString()).startsWith("ORD-");
		assertThat(order.path("userId").asString()).isEqualTo(ada.userId().toString());
		assertThat(order.at("/lines/0/unitPrice/amount").asLong()).isEqualTo(1250);
		assertThat(order.at("/lines/0/lineTotal/amount").asLong()).isEqualTo(2500);
		assertThat(order.at("/totals/subtotal/amount").asLong()).isEqualTo(5500);
		assertThat(order.at("/totals/total/amount").asLong()).isEqualTo(6195);

		JsonNode done = settled(id, ada);
		assertThat(done.path("status").asString()).isEqualTo("CONFIRMED");
		assertThat(done.at("/payment/status").asString()).isEqualTo("SUCCEEDED");
		assertThat(done.at("/shipment/id").asString()).isEqualTo(id);
		assertThat(done.at("/shipment/trackingNumber").asString()).startsWith("RM");
		assertThat(done.path("statusHistory").findValuesAsString("status")).containsExactly("PENDING", "CONFIRMED");

		List<LoggedRequest> payments = peers
			.findAll(postRequestedFor(urlEqualTo("/payments")).withRequestBody(containing(id)));
		assertThat(payments).hasSize(1);
		assertThat(payments.get(0).getHeader("Idempotency-Key")).isEqualTo("order-" + id + "-payment");
		JsonNode paid = json.readTree(payments.get(0).getBodyAsString());
		assertThat(paid.at("/amount/amount").asLong()).isEqualTo(6195);
		assertThat(paid.at("/amount/currency").asString()).isEqualTo("GBP");
		assertThat(paid.path("userId").asString()).as("the payment is the customer's to read")
			.isEqualTo(ada.userId().toString());
		assertThat(paid.path("amount").propertyNames()).containsExactlyInAnyOrder("amount", "currency");
		peers.verify(1, postRequestedFor(urlEqualTo("/inventory/reservations/" + id + "/commit")));
		List<LoggedRequest> shipments = peers
			.findAll(postRequestedFor(urlEqualTo("/shippings")).withRequestBody(containing(id)));
		assertThat(shipments).hasSize(1);
		// read as the shipping service reads it: its contract's record, strictly
		ShipmentRequest shipment = json.readValue(shipments.get(0).getBodyAsString(), ShipmentRequest.class);
		assertThat(shipment.orderId()).hasToString(id);
		assertThat(shipment.userId()).isEqualTo(ada.userId());
		assertThat(shipment.orderNumber()).startsWith("ORD-");
		assertThat(shipment.parcels()).as("one parcel of the rate's weight").isNull();
		assertThat(shipment.address().postalCode()).isNotBlank();
		peers.verify(1,
				postRequestedFor(urlPathEqualTo("/carts/quote"))
					.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.orderId",
							com.github.tomakehurst.wiremock.client.WireMock.equalTo(id))));
		assertThat(this.jdbc.sql("SELECT payment_token FROM orders WHERE id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.optional()).as("the payment method's token is forgotten once paid").isEmpty();
		assertThat(events(id)).containsExactly("dev.ecommerce.order.OrderPlaced.v1",
				"dev.ecommerce.order.OrderConfirmed.v1");
	}

	@Test
	void anOrderOfAnOutOfStockLineIsRejectedAndNothingIsCharged() {
		Peers.quote(peers, 0, 395, 0, new Peers.Line(Peers.OUT_OF_STOCK, 1, 999));
		TestTokens.Token ada = TestTokens.customer();

		String id = place(ada, order("tok_visa", Peers.OUT_OF_STOCK, 1)).json().path("id").asString();

		JsonNode done = settled(id, ada);
		assertThat(done.path("status").asString()).isEqualTo("REJECTED");
		assertThat(done.at("/statusHistory/1/reason").asString()).contains(Peers.OUT_OF_STOCK);
		peers.verify(0, postRequestedFor(urlEqualTo("/payments")).withRequestBody(containing(id)));
		assertThat(events(id)).containsExactly("dev.ecommerce.order.OrderPlaced.v1",
				"dev.ecommerce.order.OrderRejected.v1");
	}

	@Test
	void aDeclinedPaymentFailsTheOrderAndReleasesItsStock() {
		String mug = newSku();
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 1, 1250));
		TestTokens.Token ada = TestTokens.customer();

		String id = place(ada, order(Peers.DECLINED, mug, 1)).json().path("id").asString();

		JsonNode done = settled(id, ada);
		assertThat(done.path("status").asString()).isEqualTo("PAYMENT_FAILED");
		assertThat(done.at("/payment/failureCode").asString()).isEqualTo("card_declined");
		peers.verify(1, postRequestedFor(urlEqualTo("/inventory/reservations/" + id + "/release")));
		peers.verify(0, postRequestedFor(urlEqualTo("/inventory/reservations/" + id + "/commit")));
		peers.verify(0, postRequestedFor(urlPathEqualTo("/payments/" + id + "/refunds")));
		assertThat(events(id)).containsExactly("dev.ecommerce.order.OrderPlaced.v1",
				"dev.ecommerce.order.OrderPaymentFailed.v1");
	}

	@Test
	void aPaymentServiceThatStaysDownIsRetriedABoundedNumberOfTimesThenTheOrderIsRejectedAndItsStockReleased() {
		String mug = newSku();
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 1, 1250));
		TestTokens.Token ada = TestTokens.customer();

		String id = place(ada, order(Peers.PAYMENT_DOWN, mug, 1)).json().path("id").asString();

		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> get("/orders/" + id, ada).json().path("status").asString().equals("REJECTED"));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> !peers.findAll(postRequestedFor(urlEqualTo("/inventory/reservations/" + id + "/release")))
				.isEmpty());
		assertThat(sagaStep(id)).as("whether a payment was taken is not known yet").isEqualTo("COMPENSATE");
		// the payment service is back: the same key answers that the payment did not go
		// through
		peers.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/payments"))
			.atPriority(0)
			.withRequestBody(containing(id))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
				.withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\": \"" + id + "\", \"status\": \"FAILED\", \"failureCode\": \"processing_error\"}")));
		JsonNode done = settled(id, ada);
		assertThat(done.path("status").asString()).isEqualTo("REJECTED");
		assertThat(done.at("/statusHistory/1/reason").asString()).startsWith("checkout could not complete");
		assertThat(done.at("/refunded/amount").asLong()).isZero();
		int attempts = peers.findAll(postRequestedFor(urlEqualTo("/payments")).withRequestBody(containing(id))).size();
		// 4 attempts of the step, 2 calls each (the client's own retry), then those of
		// the compensation
		assertThat(attempts).isGreaterThanOrEqualTo(8);
		peers.verify(1, postRequestedFor(urlEqualTo("/inventory/reservations/" + id + "/release")));
		peers.verify(0, postRequestedFor(urlPathEqualTo("/payments/" + id + "/refunds")));
	}

	@Test
	void anOrderNeedsAnIdempotencyKeyAndARepeatAnswersTheSameOrder() {
		String mug = newSku();
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 1, 1250));
		TestTokens.Token ada = TestTokens.customer();
		Map<String, Object> request = order("tok_visa", mug, 1);

		Reply withoutKey = post("/orders", ada, request);
		assertThat(withoutKey.status()).isEqualTo(400);
		assertThat(withoutKey.json().path("errors").findValuesAsString("field")).containsExactly("Idempotency-Key");

		String key = UUID.randomUUID().toString();
		Reply first = call(org.springframework.http.HttpMethod.POST, "/orders", ada, request, "Idempotency-Key", key);
		Reply again = call(org.springframework.http.HttpMethod.POST, "/orders", ada, request, "Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().path("id")).isEqualTo(first.json().path("id"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM order_line WHERE sku = ?").param(mug).query(Long.class).single())
			.isEqualTo(1);
	}

}
