package dev.ecommerce.cart.basket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ecommerce.cart.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The priced quote the order service asks for: the same calculation as a cart's, with the
 * shipping service's rates.
 */
class QuoteIntegrationTests extends ServiceIntegrationTest {

	private static Map<String, Object> quote(List<Map<String, Object>> lines, String coupon, Map<String, Object> to,
			String rateId) {
		Map<String, Object> request = new HashMap<>();
		request.put("lines", lines);
		request.put("couponCode", coupon);
		request.put("destination", to);
		request.put("shippingRateId", rateId);
		return request;
	}

	private static Map<String, Object> address(String country) {
		return Map.of("fullName", "Ada Lovelace", "line1", "1 Dock Road", "city", "London", "postalCode", "E16 1AA",
				"country", country);
	}

	private static Map<String, Object> line(String sku, int quantity) {
		return Map.of("sku", sku, "quantity", quantity);
	}

	private static void stubRates(String country, String body) {
		peers.stubFor(WireMock.post(urlEqualTo("/shippings/rates"))
			.withRequestBody(matchingJsonPath("$.destination.country", WireMock.equalTo(country)))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
	}

	@Test
	void aQuoteCarriesLinesCouponCheapestShippingAndTaxToThePenny() {
		String lamp = newSku();
		String mug = newSku();
		UUID lampProduct = stubSku(lamp, 1299, 10);
		stubSku(mug, 333, 10);
		String code = newCode();
		post("/coupons", TestTokens.admin(), Map.of("code", code, "type", "PERCENT", "value", 15));
		stubRates("DE",
				"""
						[{"rateId": "r-express", "carrier": "DHL", "service": "EXPRESS", "amount": {"amount": 1299, "currency": "GBP"}, "estimatedDays": 1},
						 {"rateId": "r-standard", "carrier": "DHL", "service": "STANDARD", "amount": {"amount": 499, "currency": "GBP"}, "estimatedDays": 4}]""");

		Reply reply = post("/carts/quote", TestTokens.service(),
				quote(List.of(line(lamp, 2), line(mug, 3)), code, address("DE"), null));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode quote = reply.json();
		assertThat(quote.path("currency").asString()).isEqualTo("GBP");
		assertThat(quote.path("lines").get(0).path("sku").asString()).isEqualTo(lamp);
		assertThat(quote.path("lines").get(0).path("productId").asString()).isEqualTo(lampProduct.toString());
		assertThat(quote.path("lines").get(0).path("sellerId").isNull()).isFalse();
		assertThat(quote.path("lines").get(0).path("lineTotal").path("amount").asLong()).isEqualTo(2598);
		assertThat(quote.path("lines").get(1).path("lineTotal").path("amount").asLong()).isEqualTo(999);
		assertThat(quote.path("shipping").path("rateId").asString()).isEqualTo("r-standard");
		assertThat(quote.path("coupon").path("applied").asBoolean()).isTrue();
		// 35.97; 15 % = 5.3955 → 5.40; + 4.99 = 35.56; DE 19 % = 6.7564 → 6.76
		assertThat(totals(reply)).isEqualTo("3597 - 540 + 499 + 676 = 4232");
		assertThat(quote.path("warnings")).isEmpty();
	}

	@Test
	void aChosenRateIsUsedWhileValidAndFreeShippingWaivesIt() {
		String sku = newSku();
		stubSku(sku, 2000, 10);
		String free = newCode();
		post("/coupons", TestTokens.admin(), Map.of("code", free, "type", "FREE_SHIPPING"));
		peers.stubFor(WireMock.get(urlEqualTo("/shippings/rates/r-chosen"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(
						"""
								{"rateId": "r-chosen", "carrier": "RM", "service": "TRACKED", "amount": {"amount": 650, "currency": "GBP"},
								"estimatedDays": 2, "expiresAt": "2099-01-01T00:00:00Z"}""")));
		peers.stubFor(WireMock.get(urlEqualTo("/shippings/rates/r-expired")).willReturn(aResponse().withStatus(410)));
		stubRates("FR",
				"""
						[{"rateId": "r-cheap", "carrier": "LP", "service": "ECO", "amount": {"amount": 300, "currency": "GBP"}, "estimatedDays": 5}]""");

		Reply chosen = post("/carts/quote", TestTokens.customer(),
				quote(List.of(line(sku, 1)), null, address("FR"), "r-chosen"));
		assertThat(chosen.json().path("shipping").path("rateId").asString()).isEqualTo("r-chosen");
		// 20.00 + 6.50 = 26.50; FR 20 % = 5.30
		assertThat(totals(chosen)).isEqualTo("2000 - 0 + 650 + 530 = 3180");

		Reply expired = post("/carts/quote", TestTokens.customer(),
				quote(List.of(line(sku, 1)), null, address("FR"), "r-expired"));
		assertThat(expired.json().path("shipping").path("rateId").asString()).isEqualTo("r-cheap");
		assertThat(expired.json().path("warnings").findValuesAsString("code")).containsExactly("SHIPPING_RATE_INVALID");
		assertThat(totals(expired)).isEqualTo("2000 - 0 + 300 + 460 = 2760");

		Reply freeShipping = post("/carts/quote", TestTokens.customer(),
				quote(List.of(line(sku, 1)), free, address("FR"), "r-chosen"));
		assertThat(totals(freeShipping)).isEqualTo("2000 - 0 + 0 + 400 = 2400");
		assertThat(freeShipping.json().path("shipping").path("amount").path("amount").asLong()).as("the rate itself")
			.isEqualTo(650);
	}

	@Test
	void withoutDestinationOrShippingServiceShippingIsZeroWithAWarning() {
		String sku = newSku();
		stubSku(sku, 1000, 10);
		peers.stubFor(WireMock.post(urlEqualTo("/shippings/rates"))
			.withRequestBody(matchingJsonPath("$.destination.country", WireMock.equalTo("NL")))
			.willReturn(aResponse().withStatus(503)));

		Reply none = post("/carts/quote", TestTokens.customer(), quote(List.of(line(sku, 1)), null, null, null));
		assertThat(none.json().path("warnings").findValuesAsString("code")).containsExactly("SHIPPING_UNKNOWN");
		assertThat(none.json().path("shipping").isNull()).isTrue();
		assertThat(totals(none)).isEqualTo("1000 - 0 + 0 + 200 = 1200");

		Reply down = post("/carts/quote", TestTokens.customer(),
				quote(List.of(line(sku, 1)), null, address("NL"), null));
		assertThat(down.status()).isEqualTo(200);
		assertThat(down.json().path("warnings").findValuesAsString("code")).containsExactly("SHIPPING_UNAVAILABLE");
		// NL 21 % of 10.00
		assertThat(totals(down)).isEqualTo("1000 - 0 + 0 + 210 = 1210");
	}

	@Test
	void aQuoteReportsStockAndCouponsButRefusesOnlyUnknownSkus() {
		String scarce = newSku();
		stubSku(scarce, 1000, 1);
		String archived = newSku();
		stubSku(archived, 1000, 5, "ARCHIVED");
		Reply short1 = post("/carts/quote", TestTokens.service(),
				quote(List.of(line(scarce, 3)), "NOSUCH" + newCode(), null, null));
		assertThat(short1.status()).isEqualTo(200);
		assertThat(short1.json().path("warnings").findValuesAsString("code")).contains("NOT_ENOUGH_STOCK",
				"COUPON_NOT_APPLICABLE");
		assertThat(short1.json().path("coupon").path("applied").asBoolean()).isFalse();
		assertThat(totals(short1)).isEqualTo("3000 - 0 + 0 + 600 = 3600");

		assertThat(post("/carts/quote", TestTokens.service(),
				quote(List.of(line("NONE-" + newSku(), 1)), null, null, null))
			.status()).isEqualTo(404);
		assertThat(post("/carts/quote", TestTokens.service(), quote(List.of(line(archived, 1)), null, null, null))
			.status()).isEqualTo(404);
		assertThat(post("/carts/quote", null, quote(List.of(line(scarce, 1)), null, null, null)).status())
			.isEqualTo(401);
		assertThat(post("/carts/quote", TestTokens.service(), quote(List.of(), null, null, null)).status())
			.isEqualTo(400);
		assertThat(post("/carts/quote", TestTokens.service(), quote(List.of(line(scarce, 100)), null, null, null))
			.status()).isEqualTo(400);
		assertThat(post("/carts/quote", TestTokens.service(),
				quote(List.of(line(scarce, 1), line(scarce, 2)), null, null, null))
			.status()).isEqualTo(400);
		assertThat(post("/carts/quote", TestTokens.service(),
				quote(List.of(line(scarce, 1)), null, Map.of("country", "Germany"), null))
			.status()).isEqualTo(400);
	}

	static String totals(Reply quote) {
		JsonNode t = quote.json().path("totals");
		return t.path("subtotal").path("amount").asLong() + " - " + t.path("discount").path("amount").asLong() + " + "
				+ t.path("shipping").path("amount").asLong() + " + " + t.path("tax").path("amount").asLong() + " = "
				+ t.path("total").path("amount").asLong();
	}

}
