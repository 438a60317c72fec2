package dev.ecommerce.shipping.carrier.easypost;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.shipping.api.ShipmentStatus;
import dev.ecommerce.shipping.api.ShippingAddress;
import dev.ecommerce.shipping.carrier.Consignment;
import dev.ecommerce.shipping.carrier.Offer;
import dev.ecommerce.shipping.carrier.ParcelQuery;
import dev.ecommerce.shipping.carrier.Purchase;
import dev.ecommerce.shipping.carrier.Scan;
import dev.ecommerce.shipping.carrier.SenderProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The adapter against WireMock playing the multi-carrier API, answering as its
 * documentation shows.
 */
class EasyPostNetworkTests {

	private static final WireMockServer api = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private static final String RATES = """
			{"id": "shp_%s", "object": "Shipment", "mode": "test",
			 "rates": [
			   {"id": "rate_usps", "object": "Rate", "carrier": "USPS", "service": "Priority", "rate": "7.58",
			    "currency": "USD", "delivery_days": 2, "shipment_id": "shp_%s"},
			   {"id": "rate_ups", "object": "Rate", "carrier": "UPS", "service": "Ground", "rate": "12.5",
			    "currency": "USD", "delivery_days": null}
			 ]}""";

	private EasyPostNetwork network;

	@BeforeAll
	static void start() {
		api.start();
	}

	@AfterAll
	static void stop() {
		api.stop();
	}

	@BeforeEach
	void connect() {
		api.resetAll();
		this.network = new EasyPostNetwork(RestClient.builder(),
				new EasyPostProperties(true, URI.create(api.baseUrl() + "/v2"), "EZTK_test_key", Duration.ofSeconds(1),
						Duration.ofSeconds(2)),
				new SenderProperties("Ecommerce Dispatch", "1 Dock Road", "", "Birmingham", "B6 7EU", "GB"));
	}

	@Test
	void ratesComeFromAShipmentCreatedForTheDestinationInMinorUnits() {
		api.stubFor(post("/v2/shipments").willReturn(okJson(RATES.formatted("quote", "quote"))));

		List<Offer> offers = this.network.offers(new ParcelQuery("US", "10001", 1000));

		assertThat(offers).extracting(Offer::carrier, Offer::service, Offer::price, Offer::estimatedDays)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("USPS", "Priority", Money.of(758, "USD"), 2),
					org.assertj.core.groups.Tuple.tuple("UPS", "Ground", Money.of(1250, "USD"), 0));
		assertThat(offers).allSatisfy((offer) -> {
			assertThat(offer.network()).isEqualTo("easypost");
			assertThat(offer.zone()).isEqualTo("US:10001");
		});
		assertThat(offers.get(0).reference()).isEqualTo("shp_quote/rate_usps");
		// 1000 g is 35.27 oz, rounded up to the tenth
		api.verify(postRequestedFor(urlEqualTo("/v2/shipments"))
			.withHeader("Authorization", equalTo("Basic RVpUS190ZXN0X2tleTo="))
			.withRequestBody(matchingJsonPath("$.shipment.parcel.weight", equalTo("35.3")))
			.withRequestBody(matchingJsonPath("$.shipment.to_address.zip", equalTo("10001")))
			.withRequestBody(matchingJsonPath("$.shipment.from_address.zip", equalTo("B6 7EU"))));
	}

	@Test
	void anApiThatFailsGivesNoRatesRatherThanAnError() {
		api.stubFor(post("/v2/shipments").willReturn(aResponse().withStatus(500)));

		assertThat(this.network.offers(new ParcelQuery("US", "10001", 1000))).isEmpty();
	}

	@Test
	void buyingCreatesTheShipmentWithTheFullAddressAndBuysTheSameCarriersService() {
		api.stubFor(post("/v2/shipments").willReturn(okJson(RATES.formatted("real", "real"))));
		api.stubFor(
				post("/v2/shipments/shp_real/buy").withRequestBody(equalToJson("{\"rate\": {\"id\": \"rate_ups\"}}"))
					.willReturn(okJson("""
							{"id": "shp_real", "tracking_code": "1Z999AA10123456784",
							 "postage_label": {"label_url": "https://labels.example/shp_real.png"},
							 "tracker": {"id": "trk_1", "public_url": "https://track.example/trk_1"}}""")));
		Offer quoted = new Offer("easypost", "UPS", "Ground", "UPS Ground", "US:10001", Money.of(1250, "USD"), 0,
				"shp_quote/rate_ups");

		Purchase purchase = this.network.buy(quoted, new Consignment(UUID.randomUUID(),
				new ShippingAddress("Grace Hopper", "1 Navy Way", null, "New York", "10001", "US", null), 1000));

		assertThat(purchase.trackingNumber()).isEqualTo("1Z999AA10123456784");
		assertThat(purchase.trackingUrl()).isEqualTo("https://track.example/trk_1");
		assertThat(purchase.carrierLabelUrl()).isEqualTo("https://labels.example/shp_real.png");
		api.verify(postRequestedFor(urlEqualTo("/v2/shipments"))
			.withRequestBody(matchingJsonPath("$.shipment.to_address.name", equalTo("Grace Hopper")))
			.withRequestBody(matchingJsonPath("$.shipment.to_address.street1", equalTo("1 Navy Way"))));
		assertThat(this.network.delivers(quoted, "US", "10001")).isTrue();
		assertThat(this.network.delivers(quoted, "US", "90210")).isFalse();
	}

	@Test
	void aServiceNoLongerOfferedOrAFailedPurchaseIsABadGateway() {
		api.stubFor(post("/v2/shipments").willReturn(okJson(RATES.formatted("real", "real"))));
		api.stubFor(post("/v2/shipments/shp_real/buy").willReturn(aResponse().withStatus(422)));
		Consignment consignment = new Consignment(UUID.randomUUID(),
				new ShippingAddress("Grace Hopper", "1 Navy Way", null, "New York", "10001", "US", null), 1000);

		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.network.buy(
				new Offer("easypost", "FEDEX", "Overnight", "x", "US:10001", Money.of(1, "USD"), 1, null), consignment))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(502));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.network.buy(
				new Offer("easypost", "USPS", "Priority", "x", "US:10001", Money.of(758, "USD"), 2, null), consignment))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(502));
	}

	@Test
	void trackingMapsTheApisStatusesOldestFirst() {
		api.stubFor(get(urlPathEqualTo("/v2/trackers")).withQueryParam("tracking_code", equalTo("1Z999"))
			.willReturn(okJson("""
					{"trackers": [{"id": "trk_1", "tracking_code": "1Z999", "status": "delivered",
					  "tracking_details": [
					    {"status": "delivered", "message": "Delivered", "datetime": "2026-11-29T14:00:00Z",
					     "tracking_location": {"city": "NEW YORK", "state": "NY", "country": "US"}},
					    {"status": "pre_transit", "message": "Label created", "datetime": "2026-11-27T09:00:00Z"},
					    {"status": "in_transit", "message": "Arrived", "datetime": "2026-11-28T03:00:00Z",
					     "tracking_location": {"city": "NEWARK", "state": "NJ"}},
					    {"status": "failure", "message": "Damaged", "datetime": "2026-11-28T04:00:00Z"}
					  ]}]}""")));

		List<Scan> scans = this.network.track("1Z999");

		assertThat(scans).extracting(Scan::status)
			.containsExactly(ShipmentStatus.LABEL_CREATED, ShipmentStatus.IN_TRANSIT, ShipmentStatus.EXCEPTION,
					ShipmentStatus.DELIVERED);
		assertThat(scans.get(1).location()).isEqualTo("NEWARK, NJ");
		assertThat(scans.get(3).at()).isEqualTo(Instant.parse("2026-11-29T14:00:00Z"));
	}

	@Test
	void pricesAreConvertedToTheCurrencysMinorUnits() {
		assertThat(EasyPostNetwork.money("7.58", "USD")).isEqualTo(Money.of(758, "USD"));
		assertThat(EasyPostNetwork.money("12.5", "GBP")).isEqualTo(Money.of(1250, "GBP"));
		assertThat(EasyPostNetwork.money("1200", "JPY")).isEqualTo(Money.of(1200, "JPY"));
		assertThat(EasyPostNetwork.money("0.005", "EUR")).isEqualTo(Money.of(1, "EUR"));
	}

}
