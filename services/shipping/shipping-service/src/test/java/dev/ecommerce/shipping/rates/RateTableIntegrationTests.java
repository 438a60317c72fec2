package dev.ecommerce.shipping.rates;

import java.util.List;
import java.util.Map;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.shipping.ShippingIntegrationTest;
import org.junit.jupiter.api.Test;

import static dev.ecommerce.shipping.ShippingMother.newSku;
import static dev.ecommerce.shipping.ShippingMother.rateRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins keep the rate tables; quotes follow them at once. The carriers made here serve
 * only Antarctica (AQ) and Greenland (GL), which the default carriers do not.
 */
class RateTableIntegrationTests extends ShippingIntegrationTest {

	@Test
	void anAdminAddsACarrierAndItsPricesAreQuotedThenChangedThenWithdrawn() {
		String code = "POLAR_" + System.nanoTime() % 100000;
		String sku = newSku();
		productWeighs(sku, 2500);

		Reply created = put("/shippings/carriers/" + code, TestTokens.admin(), polar(1250, true));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
		assertThat(created.json().at("/zones/0/areas").size()).isEqualTo(2);

		assertThat(RateQuoteIntegrationTests
			.summary(post("/shippings/rates", null, rateRequest("AQ", "BIQQ 1ZZ", sku, 1)).json()))
			.containsExactly(code + "/SLEDGE 1250 GBP 20d 2500g");

		Reply stale = put("/shippings/carriers/" + code, TestTokens.admin(), polar(990, true), "If-Match", "\"7\"");
		assertThat(stale.status()).isEqualTo(412);
		Reply changed = put("/shippings/carriers/" + code, TestTokens.admin(), polar(990, true), "If-Match", "\"1\"");
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("version").asLong()).isEqualTo(2);
		assertThat(RateQuoteIntegrationTests
			.summary(post("/shippings/rates", null, rateRequest("AQ", "BIQQ 1ZZ", sku, 1)).json()))
			.containsExactly(code + "/SLEDGE 990 GBP 20d 2500g");

		assertThat(put("/shippings/carriers/" + code, TestTokens.admin(), polar(990, false)).status()).isEqualTo(200);
		assertThat(post("/shippings/rates", null, rateRequest("AQ", "BIQQ 1ZZ", sku, 1)).status()).isEqualTo(422);
		assertThat(get("/shippings/carriers/" + code, TestTokens.admin()).json().path("active").asBoolean()).isFalse();
		assertThat(get("/shippings/carriers", TestTokens.admin()).json().findValuesAsString("code")).contains(code,
				"UKPOST", "SWIFT");
	}

	@Test
	void aTableThatDoesNotHoldTogetherIsRefusedWithItsFieldsNamed() {
		Map<String, Object> table = Map.of("name", "Broken", "trackingUrl", "https://broken.example/{trackingNumber}",
				"services",
				List.of(Map.of("code", "SLOW", "name", "Slow", "trackingPrefix", "BR", "rates",
						List.of(Map.of("zone", "MOON", "maxWeightGrams", 1000, "price",
								Map.of("amount", 100, "currency", "GBP"), "estimatedDays", 3)))),
				"zones", List.of(Map.of("code", "EARTH", "name", "Earth", "areas", List.of(Map.of("country", "GL")))));

		Reply refused = put("/shippings/carriers/BROKEN", TestTokens.admin(), table);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("services[0].rates[0].zone");
		assertThat(get("/shippings/carriers/BROKEN", TestTokens.admin()).status()).isEqualTo(404);
		assertThat(put("/shippings/carriers/lower", TestTokens.admin(), polar(100, true)).status()).isEqualTo(400);
		assertThat(put("/shippings/carriers/X_" + System.nanoTime() % 1000, TestTokens.admin(),
				Map.of("name", "No services"))
			.status()).isEqualTo(400);
	}

	@Test
	void onlyAdminsReadAndWriteRateTables() {
		assertThat(get("/shippings/carriers", TestTokens.customer()).status()).isEqualTo(403);
		assertThat(get("/shippings/carriers/UKPOST", TestTokens.service()).status()).isEqualTo(403);
		assertThat(put("/shippings/carriers/UKPOST", TestTokens.seller(), polar(1, true)).status()).isEqualTo(403);
		assertThat(get("/shippings/carriers/UKPOST", null).status()).isEqualTo(401);
		Reply ukPost = get("/shippings/carriers/UKPOST", TestTokens.admin());
		assertThat(ukPost.status()).isEqualTo(200);
		assertThat(ukPost.json().path("services").findValuesAsString("code")).containsExactly("STANDARD", "EXPRESS");
	}

	private static Map<String, Object> polar(long amount, boolean active) {
		return Map.of("name", "Polar Post", "trackingUrl", "https://polar.example/track/{trackingNumber}", "active",
				active, "services",
				List.of(Map.of("code", "SLEDGE", "name", "Sledge", "trackingPrefix", "PS", "rates",
						List.of(Map.of("zone", "POLES", "maxWeightGrams", 5000, "price",
								Map.of("amount", amount, "currency", "GBP"), "estimatedDays", 20)))),
				"zones", List.of(Map.of("code", "POLES", "name", "The poles", "areas",
						List.of(Map.of("country", "AQ"), Map.of("country", "GL")))));
	}

}
