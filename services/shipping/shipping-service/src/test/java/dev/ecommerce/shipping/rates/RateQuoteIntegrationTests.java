package dev.ecommerce.shipping.rates;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.shipping.ShippingIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.shipping.ShippingMother.newSku;
import static dev.ecommerce.shipping.ShippingMother.rateRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rates from the default carriers' tables (migration V2), to the penny.
 */
class RateQuoteIntegrationTests extends ShippingIntegrationTest {

	@Test
	void aLightParcelOnTheUkMainlandIsOfferedBothPostalSpeedsAndTheCourierCheapestFirst() {
		String sku = newSku();
		productWeighs(sku, 400);

		Reply rates = post("/shippings/rates", null, rateRequest("GB", "sw1a 1aa", sku, 2));

		assertThat(rates.status()).as(rates.toString()).isEqualTo(200);
		assertThat(summary(rates.json())).containsExactly("UKPOST/STANDARD 339 GBP 2d 800g",
				"UKPOST/EXPRESS 499 GBP 1d 800g", "SWIFT/NEXT_DAY 795 GBP 1d 800g");
	}

	@Test
	void theWeightsOfSeveralSkusAddUpAndABracketIncludesItsUpperBound() {
		String mug = newSku();
		String plate = newSku();
		productsWeigh(Map.of(mug, 300, plate, 200));

		Reply atTheBound = post("/shippings/rates", null, rateRequest("GB", "M1 1AE", mug, 2, plate, 2));
		assertThat(summary(atTheBound.json())).first().isEqualTo("UKPOST/STANDARD 339 GBP 2d 1000g");

		String heavier = newSku();
		productWeighs(heavier, 1001);
		Reply justOver = post("/shippings/rates", null, rateRequest("GB", "M1 1AE", heavier, 1));
		assertThat(summary(justOver.json())).containsExactly("UKPOST/STANDARD 469 GBP 2d 1001g",
				"UKPOST/EXPRESS 619 GBP 1d 1001g", "SWIFT/NEXT_DAY 795 GBP 1d 1001g");
	}

	@Test
	void aVariantWithoutAWeightCountsAsTheDefaultWeight() {
		String sku = newSku();
		productWeighs(sku, null);

		Reply rates = post("/shippings/rates", null, rateRequest("GB", "B1 1AA", sku, 3));

		assertThat(summary(rates.json())).first().isEqualTo("UKPOST/STANDARD 469 GBP 2d 1500g");
	}

	@Test
	void theIslandsAreTheCouriersDearerZoneByPostcodeAreaOrDistrict() {
		String sku = newSku();
		productWeighs(sku, 3000);

		assertThat(summary(post("/shippings/rates", null, rateRequest("GB", "ZE1 0AA", sku, 1)).json()))
			.containsExactly("UKPOST/STANDARD 699 GBP 2d 3000g", "UKPOST/EXPRESS 899 GBP 1d 3000g",
					"SWIFT/NEXT_DAY 1695 GBP 2d 3000g");
		// Islay is district PA48, in the remote zone ...
		assertThat(summary(post("/shippings/rates", null, rateRequest("GB", "PA48 7UA", sku, 1)).json()))
			.contains("SWIFT/NEXT_DAY 1695 GBP 2d 3000g");
		// ... Renfrew is district PA4, on the mainland, though both read PA48... without
		// the space
		assertThat(summary(post("/shippings/rates", null, rateRequest("GB", "PA48AB", sku, 1)).json()))
			.contains("SWIFT/NEXT_DAY 795 GBP 1d 3000g");
	}

	@Test
	void europeAndTheWorldArePostalOnlyAtTheirOwnPrices() {
		String sku = newSku();
		productWeighs(sku, 1500);

		assertThat(summary(post("/shippings/rates", null, rateRequest("FR", "75001", sku, 1)).json()))
			.containsExactly("UKPOST/STANDARD 1495 GBP 5d 1500g", "UKPOST/EXPRESS 1995 GBP 3d 1500g");
		assertThat(summary(post("/shippings/rates", null, rateRequest("US", "10001", sku, 1)).json()))
			.containsExactly("UKPOST/STANDARD 2495 GBP 7d 1500g", "UKPOST/EXPRESS 3295 GBP 5d 1500g");
	}

	@Test
	void aDestinationNoCarrierServesIsRefusedClearly() {
		String sku = newSku();
		productWeighs(sku, 500);

		Reply refused = post("/shippings/rates", null, rateRequest("BR", "01310-100", sku, 1));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("type").asString()).endsWith("/destination-not-served");
		assertThat(refused.json().path("detail").asString()).contains("BR");
	}

	@Test
	void aParcelHeavierThanEveryBracketIsRefusedAsTooHeavy() {
		String sku = newSku();
		productWeighs(sku, 6000);

		Reply refused = post("/shippings/rates", null, rateRequest("US", "10001", sku, 1));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("type").asString()).endsWith("/parcel-too-heavy");
		assertThat(refused.json().path("weightGrams").asLong()).isEqualTo(6000);
	}

	@Test
	void badRequestsAreRefusedWithTheFieldNamed() {
		String sku = newSku();
		productWeighs(sku, 500);

		Reply notAPostcode = post("/shippings/rates", null, rateRequest("GB", "NOWHERE", sku, 1));
		assertThat(notAPostcode.status()).isEqualTo(400);
		assertThat(notAPostcode.json().at("/errors/0/field").asString()).isEqualTo("destination.postalCode");

		Reply noItems = post("/shippings/rates", null,
				Map.of("destination", Map.of("country", "GB", "postalCode", "SW1A 1AA"), "items", List.of()));
		assertThat(noItems.status()).isEqualTo(400);

		Reply badCountry = post("/shippings/rates", null, rateRequest("gb", "SW1A 1AA", sku, 1));
		assertThat(badCountry.status()).isEqualTo(400);

		Reply zeroQuantity = post("/shippings/rates", null, rateRequest("GB", "SW1A 1AA", sku, 0));
		assertThat(zeroQuantity.status()).isEqualTo(400);
	}

	@Test
	void anUnknownSkuIsRefusedByName() {
		String sku = newSku();
		productsMissing(sku);

		Reply refused = post("/shippings/rates", null, rateRequest("GB", "SW1A 1AA", sku, 1));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("type").asString()).endsWith("/unknown-sku");
		assertThat(refused.json().path("skus").get(0).asString()).isEqualTo(sku);
	}

	@Test
	void aRateIdReadsBackUntilItExpiresAfterThirtyMinutes() {
		String sku = newSku();
		productWeighs(sku, 800);
		JsonNode rate = post("/shippings/rates", null, rateRequest("GB", "SW1A 1AA", sku, 1)).json().get(0);
		String rateId = rate.path("rateId").asString();

		Reply read = get("/shippings/rates/" + rateId, TestTokens.service());
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().path("carrier").asString()).isEqualTo("UKPOST");
		assertThat(read.json().at("/amount/amount").asLong()).isEqualTo(339);
		assertThat(read.json().path("expiresAt").asString()).isEqualTo(rate.path("expiresAt").asString());

		clock.advance(Duration.ofMinutes(29));
		assertThat(get("/shippings/rates/" + rateId, null).status()).isEqualTo(200);

		clock.advance(Duration.ofMinutes(2));
		Reply expired = get("/shippings/rates/" + rateId, null);
		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.json().path("type").asString()).endsWith("/rate-expired");
	}

	@Test
	void aRateIdWhosePriceWasAlteredOrThatWasNeverIssuedIsUnknown() {
		String sku = newSku();
		productWeighs(sku, 800);
		String rateId = post("/shippings/rates", null, rateRequest("GB", "SW1A 1AA", sku, 1)).json()
			.get(0)
			.path("rateId")
			.asString();
		String[] parts = rateId.split("\\.");
		String claims = new String(Base64.getUrlDecoder().decode(parts[0]));
		assertThat(claims).contains("\"amount\":339");
		String cheaper = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(claims.replace("\"amount\":339", "\"amount\":1").getBytes());

		assertThat(get("/shippings/rates/" + cheaper + "." + parts[1], null).status()).isEqualTo(404);
		assertThat(get("/shippings/rates/" + parts[0] + ".AAAA", null).status()).isEqualTo(404);
		assertThat(get("/shippings/rates/not-a-rate", null).status()).isEqualTo(404);
		assertThat(get("/shippings/rates/" + parts[0], null).status()).isEqualTo(404);
	}

	/** Each rate as {@code CARRIER/SERVICE amount currency days weight}. */
	static List<String> summary(JsonNode rates) {
		return rates.valueStream()
			.map((rate) -> rate.path("carrier").asString() + "/" + rate.path("service").asString() + " "
					+ rate.at("/amount/amount").asLong() + " " + rate.at("/amount/currency").asString() + " "
					+ rate.path("estimatedDays").asInt() + "d " + rate.path("weightGrams").asLong() + "g")
			.toList();
	}

}
