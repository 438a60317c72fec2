package dev.ecommerce.order.checkout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ecommerce.order.Peers;
import dev.ecommerce.order.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ecommerce.order.OrderMother.newSku;
import static dev.ecommerce.order.OrderMother.order;
import static org.assertj.core.api.Assertions.assertThat;

class CancelIntegrationTests extends ServiceIntegrationTest {

	@Test
	void aConfirmedOrderIsCancelledItsLabelVoidedItsPaymentRefundedAndItsStockPutBack() {
		TestTokens.Token ada = TestTokens.customer();
		String mug = newSku();
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 2, 1250));
		String id = place(ada, order("tok_visa", mug, 2)).json().path("id").asString();
		settled(id, ada);

		Reply cancelled = post("/orders/" + id + "/cancel", ada, Map.of("reason", "changed my mind"));

		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
		assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
		JsonNode done = settled(id, ada);
		assertThat(done.at("/refunded/amount").asLong()).isEqualTo(2 * 1250 + 395);
		assertThat(done.path("statusHistory").findValuesAsString("reason")).contains("changed my mind");
		peers.verify(1, deleteRequestedFor(urlEqualTo("/shippings/" + id)));
		List<LoggedRequest> refunds = peers.findAll(postRequestedFor(urlPathEqualTo("/payments/" + id + "/refunds")));
		assertThat(refunds).hasSize(1);
		assertThat(refunds.get(0).getHeader("Idempotency-Key")).isEqualTo("order-" + id + "-refund");
		assertThat(json.readTree(refunds.get(0).getBodyAsString()).at("/amount/amount").asLong()).isEqualTo(2895);
		List<LoggedRequest> restocks = peers
			.findAll(postRequestedFor(urlEqualTo("/stores/" + Peers.STORE + "/stock/" + mug + "/adjustments")));
		assertThat(restocks).hasSize(1);
		assertThat(json.readTree(restocks.get(0).getBodyAsString()))
			.isEqualTo(json.readTree("{\"delta\": 2, \"reason\": \"RETURN\", \"note\": \"order "
					+ done.path("number").asString() + " cancelled\"}"));
		assertThat(events(id)).containsExactly("dev.ecommerce.order.OrderPlaced.v1",
				"dev.ecommerce.order.OrderConfirmed.v1", "dev.ecommerce.order.OrderRefunded.v1",
				"dev.ecommerce.order.OrderCancelled.v1");

		Reply again = post("/orders/" + id + "/cancel", ada, Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("type").asString()).endsWith("/order-not-cancellable");
	}

	@Test
	void anotherCustomerCannotCancelAndAShippedOrderCannotBeCancelled() {
		TestTokens.Token ada = TestTokens.customer();
		String mug = newSku();
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 1, 1250));
		String id = place(ada, order("tok_visa", mug, 1)).json().path("id").asString();
		settled(id, ada);

		assertThat(post("/orders/" + id + "/cancel", TestTokens.customer(), Map.of()).status()).isEqualTo(404);
		this.jdbc.sql("UPDATE orders SET status = 'SHIPPED', shipment_status = 'IN_TRANSIT' WHERE id = ?")
			.param(UUID.fromString(id))
			.update();
		assertThat(post("/orders/" + id + "/cancel", ada, Map.of()).status()).isEqualTo(409);
		peers.verify(0, postRequestedFor(urlPathEqualTo("/payments/" + id + "/refunds")));
	}

	@Test
	void aCancelRacingThePaymentEndsCancelledWithThePaymentRefundedOnceAndTheStockReleased() throws Exception {
		TestTokens.Token ada = TestTokens.customer();
		String mug = newSku();
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 1, 1250));
		String id = place(ada, order(Peers.SLOW, mug, 1)).json().path("id").asString();
		org.awaitility.Awaitility.await()
			.until(() -> !peers
				.findAll(postRequestedFor(urlEqualTo("/payments"))
					.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(id)))
				.isEmpty());

		Reply cancelled = post("/orders/" + id + "/cancel", ada, Map.of());

		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
		settled(id, ada);
		// nothing more may happen to a settled cancel: no late confirmation, no second
		// refund
		org.awaitility.Awaitility.await()
			.during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> peers.verify(1, postRequestedFor(urlPathEqualTo("/payments/" + id + "/refunds"))));
		JsonNode done = get("/orders/" + id, ada).json();
		assertThat(done.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(done.path("statusHistory").findValuesAsString("status")).doesNotContain("CONFIRMED");
		assertThat(done.at("/refunded/amount").asLong()).isEqualTo(1250 + 395);
		peers.verify(1, postRequestedFor(urlPathEqualTo("/payments/" + id + "/refunds")));
		peers.verify(1, postRequestedFor(urlEqualTo("/inventory/reservations/" + id + "/release")));
		peers.verify(0, postRequestedFor(urlEqualTo("/inventory/reservations/" + id + "/commit")));
		assertThat(events(id)).doesNotContain("dev.ecommerce.order.OrderConfirmed.v1")
			.endsWith("dev.ecommerce.order.OrderCancelled.v1");
	}

	@Test
	void twoConcurrentCancelsHaveOneOutcome() throws Exception {
		TestTokens.Token ada = TestTokens.customer();
		String mug = newSku();
		Peers.quote(peers, 0, 395, 0, new Peers.Line(mug, 1, 1250));
		String id = place(ada, order("tok_visa", mug, 1)).json().path("id").asString();
		settled(id, ada);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Callable<Integer>> cancels = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			cancels.add(() -> post("/orders/" + id + "/cancel", ada, Map.of()).status());
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> status : pool.invokeAll(cancels)) {
			statuses.add(status.get());
		}
		pool.shutdown();

		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		settled(id, ada);
		peers.verify(1, postRequestedFor(urlPathEqualTo("/payments/" + id + "/refunds")));
		assertThat(events(id).stream().filter((type) -> type.endsWith("OrderCancelled.v1")).count()).isEqualTo(1);
	}

}
