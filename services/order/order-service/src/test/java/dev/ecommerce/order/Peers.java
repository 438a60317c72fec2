package dev.ecommerce.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * The peers' contracts as WireMock stubs: healthy answers for every order by default (the
 * reservation, the payment and the shipment carry the order's id as their own, so that a
 * repeat answers the same one, as the real services do), and per-test answers for special
 * SKUs and payment tokens.
 */
public final class Peers {

	/** The store every reservation is held in. */
	public static final UUID STORE = UUID.fromString("5f0c9a38-0000-4000-8000-000000000001");

	/** A payment method that the payment service's gateway declines. */
	public static final String DECLINED = "tok_chargeDeclined";

	/** A payment method whose payment service is down. */
	public static final String PAYMENT_DOWN = "tok_paymentServiceDown";

	/** A payment method whose payment takes a while to succeed. */
	public static final String SLOW = "tok_visaSlow";

	/** A SKU that is never in stock. */
	public static final String OUT_OF_STOCK = "OOS-1";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String JSON = "application/json";

	private Peers() {
	}

	static void healthy(WireMockServer server) {
		server.stubFor(get(urlPathMatching("/shippings/rates/.+")).atPriority(10)
			.willReturn(aResponse().withHeader("Content-Type", JSON).withBody("""
					{"rateId": "{{request.pathSegments.[2]}}", "carrier": "royal-mail", "service": "tracked-48",
					 "amount": {"amount": 395, "currency": "GBP"}, "estimatedDays": 2,
					 "expiresAt": "2099-01-01T00:00:00Z"}""")));
		server.stubFor(get(urlEqualTo("/shippings/rates/expired-rate")).atPriority(1)
			.willReturn(aResponse().withStatus(410)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"status\": 410, \"detail\": \"The rate expired.\"}")));
		server.stubFor(post(urlEqualTo("/inventory/reservations")).atPriority(10)
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON).withBody("""
					{"id": "{{jsonPath request.body '$.orderId'}}", "orderId": "{{jsonPath request.body '$.orderId'}}",
					 "status": "HELD", "expiresAt": "2099-01-01T00:00:00Z", "allocations": [
					 {"sku": "{{jsonPath request.body '$.lines[0].sku'}}", "storeId": "%s",
					 "quantity": {{jsonPath request.body '$.lines[0].quantity'}} }]}""".formatted(STORE))));
		server.stubFor(post(urlEqualTo("/inventory/reservations")).atPriority(1)
			.withRequestBody(containing(OUT_OF_STOCK))
			.willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type": "https://ecommerce.dev/problems/out-of-stock", "status": 409, "title": "Out of stock",
					 "shortLines": [{"sku": "%s", "requested": 1, "available": 0}]}""".formatted(OUT_OF_STOCK))));
		for (String action : List.of("commit", "release")) {
			String status = action.equals("commit") ? "COMMITTED" : "RELEASED";
			server.stubFor(post(urlPathMatching("/inventory/reservations/[^/]+/" + action)).atPriority(10)
				.willReturn(aResponse().withHeader("Content-Type", JSON)
					.withBody("""
							{"id": "{{request.pathSegments.[2]}}", "orderId": "{{request.pathSegments.[2]}}",
							 "status": "%s", "expiresAt": "2099-01-01T00:00:00Z", "allocations": []}"""
						.formatted(status))));
		}
		server.stubFor(post(urlPathMatching("/stores/[^/]+/stock/[^/]+/adjustments")).atPriority(10)
			.willReturn(aResponse().withHeader("Content-Type", JSON).withBody("""
					{"storeId": "{{request.pathSegments.[1]}}", "sku": "{{request.pathSegments.[3]}}"}""")));
		server.stubFor(post(urlEqualTo("/payments")).atPriority(10)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", JSON)
				.withBody(
						"""
								{"id": "{{jsonPath request.body '$.orderId'}}", "orderId": "{{jsonPath request.body '$.orderId'}}",
								 "amount": {"amount": {{jsonPath request.body '$.amount.amount'}}, "currency": "{{jsonPath request.body '$.amount.currency'}}"}, "status": "SUCCEEDED", "gateway": "sandbox",
								 "gatewayReference": "ch_1", "failureCode": null, "createdAt": "2026-11-27T00:00:00Z"}""")));
		server.stubFor(post(urlEqualTo("/payments")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.paymentMethodToken", equalTo(DECLINED)))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON).withBody("""
					{"id": "{{jsonPath request.body '$.orderId'}}", "orderId": "{{jsonPath request.body '$.orderId'}}",
					 "status": "FAILED", "gateway": "sandbox", "failureCode": "card_declined"}""")));
		server.stubFor(post(urlEqualTo("/payments")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.paymentMethodToken", equalTo(PAYMENT_DOWN)))
			.willReturn(aResponse().withStatus(503)));
		server.stubFor(post(urlEqualTo("/payments")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.paymentMethodToken", equalTo(SLOW)))
			.willReturn(aResponse().withStatus(201).withFixedDelay(1500).withHeader("Content-Type", JSON).withBody("""
					{"id": "{{jsonPath request.body '$.orderId'}}", "orderId": "{{jsonPath request.body '$.orderId'}}",
					 "status": "SUCCEEDED", "gateway": "sandbox", "failureCode": null}""")));
		server.stubFor(post(urlPathMatching("/payments/[^/]+/refunds")).atPriority(10)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", JSON)
				.withBody(
						"""
								{"id": "{{randomValue type='UUID'}}", "paymentId": "{{request.pathSegments.[1]}}",
								 "amount": {"amount": {{jsonPath request.body '$.amount.amount'}}, "currency": "{{jsonPath request.body '$.amount.currency'}}"}}""")));
		server.stubFor(post(urlEqualTo("/shippings")).atPriority(10)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", JSON)
				.withBody(
						"""
								{"id": "{{jsonPath request.body '$.orderId'}}", "orderId": "{{jsonPath request.body '$.orderId'}}",
								 "carrier": "royal-mail", "service": "tracked-48", "trackingNumber": "RM{{randomValue length=9 type='NUMERIC'}}GB",
								 "status": "LABEL_CREATED", "labelUrl": "/shippings/x/label"}""")));
		server.stubFor(
				delete(urlPathMatching("/shippings/[^/]+")).atPriority(10).willReturn(aResponse().withStatus(204)));
	}

	/** A line of a quote. */
	public record Line(String sku, int quantity, long unitPrice, UUID sellerId) {

		public Line(String sku, int quantity, long unitPrice) {
			this(sku, quantity, unitPrice, UUID.randomUUID());
		}

	}

	/**
	 * The cart service prices a basket holding the first line's SKU: the lines at their
	 * unit prices, less a discount, plus shipping and the tax included.
	 */
	public static void quote(WireMockServer server, long discount, long shipping, long tax, Line... lines) {
		List<Map<String, Object>> quoted = new ArrayList<>();
		long subtotal = 0;
		for (Line line : lines) {
			long total = line.unitPrice() * line.quantity();
			subtotal += total;
			Map<String, Object> quotedLine = new LinkedHashMap<>();
			quotedLine.put("sku", line.sku());
			quotedLine.put("productId", UUID.nameUUIDFromBytes(line.sku().getBytes()).toString());
			quotedLine.put("sellerId", line.sellerId().toString());
			quotedLine.put("name", "Product " + line.sku());
			quotedLine.put("quantity", line.quantity());
			quotedLine.put("unitPrice", gbp(line.unitPrice()));
			quotedLine.put("lineTotal", gbp(total));
			quoted.add(quotedLine);
		}
		Map<String, Object> totals = new LinkedHashMap<>();
		totals.put("subtotal", gbp(subtotal));
		totals.put("discount", gbp(discount));
		totals.put("shipping", gbp(shipping));
		totals.put("tax", gbp(tax));
		totals.put("total", gbp(subtotal - discount + shipping + tax));
		Map<String, Object> body = Map.of("currency", "GBP", "lines", quoted, "totals", totals, "warnings", List.of());
		server.stubFor(post(urlPathEqualTo("/carts/quote")).atPriority(1)
			.withRequestBody(containing("\"" + lines[0].sku() + "\""))
			.willReturn(aResponse().withHeader("Content-Type", JSON).withBody(json.writeValueAsString(body))));
	}

	/** A cart of a user holding lines. */
	public static void cart(WireMockServer server, UUID cartId, UUID userId, Line... lines) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (Line line : lines) {
			items.add(Map.of("sku", line.sku(), "quantity", line.quantity(), "unitPrice", gbp(line.unitPrice())));
		}
		server.stubFor(get(urlEqualTo("/carts/" + cartId)).willReturn(aResponse().withHeader("Content-Type", JSON)
			.withBody(json.writeValueAsString(
					Map.of("id", cartId.toString(), "userId", userId.toString(), "currency", "GBP", "items", items)))));
	}

	private static Map<String, Object> gbp(long amount) {
		return Map.of("amount", amount, "currency", "GBP");
	}

}
