package dev.ecommerce.shipping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.ecommerce.platform.test.ServiceHttpTest;
import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.shipping.carrier.CarrierNetwork;
import dev.ecommerce.shipping.carrier.Consignment;
import dev.ecommerce.shipping.carrier.Offer;
import dev.ecommerce.shipping.carrier.ParcelQuery;
import dev.ecommerce.shipping.carrier.Purchase;
import dev.ecommerce.shipping.carrier.Scan;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Base of the tests that call the running service over HTTP, against the test run's
 * PostgreSQL and Kafka, with WireMock standing in for the product service. Every test
 * class shares one Spring context, one database and one clock that a test may move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.structured.format.console=", "ecommerce.events.relay.poll-interval=100ms",
				"shipping.rates.signing-key=test-signing-key-of-at-least-32-characters",
				"shipping.webhooks.secret=test-webhook-secret",
				// the machine running the tests may be slow; the timeouts are not under
				// test here
				"ecommerce.clients.product.read-timeout=30s" })
@Import(ShippingIntegrationTest.TestClockConfiguration.class)
public abstract class ShippingIntegrationTest extends ServiceHttpTest {

	protected static final WireMockServer products = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	protected static final MovableClock clock = new MovableClock();

	/** A carrier network that is asked for its scans instead of calling back. */
	protected static final PolledNetwork polled = new PolledNetwork();

	static {
		products.start();
	}

	@DynamicPropertySource
	static void productService(DynamicPropertyRegistry registry) {
		registry.add("ecommerce.clients.product.url", products::baseUrl);
	}

	@Autowired
	protected JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/**
	 * Makes the product service answer a lookup of exactly these SKUs with their weights
	 * (null: the variant has none).
	 */
	protected static void productsWeigh(Map<String, @Nullable Integer> weights) {
		List<Map<String, Object>> items = weights.entrySet()
			.stream()
			.map((entry) -> sku(entry.getKey(), entry.getValue()))
			.toList();
		products.stubFor(WireMock.get(urlPathEqualTo("/products/skus"))
			.withQueryParam("sku", havingExactly(weights.keySet().toArray(String[]::new)))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(json.writeValueAsString(Map.of("items", items, "missing", List.of())))));
	}

	/** A product service that knows none of the SKUs asked. */
	protected static void productsMissing(String sku) {
		products.stubFor(WireMock.get(urlPathEqualTo("/products/skus"))
			.withQueryParam("sku", havingExactly(sku))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(json.writeValueAsString(Map.of("items", List.of(), "missing", List.of(sku))))));
	}

	protected static void productWeighs(String sku, @Nullable Integer grams) {
		Map<String, @Nullable Integer> weights = new java.util.HashMap<>();
		weights.put(sku, grams);
		productsWeigh(weights);
	}

	private static Map<String, Object> sku(String sku, @Nullable Integer grams) {
		Map<String, Object> variant = new java.util.HashMap<>(Map.of("sku", sku, "attributes", Map.of(), "price",
				Map.of("amount", 1299, "currency", "GBP"), "inStock", true));
		variant.put("weightGrams", grams);
		Map<String, Object> product = Map.ofEntries(Map.entry("id", UUID.randomUUID().toString()),
				Map.entry("sellerId", UUID.randomUUID().toString()), Map.entry("name", "Product " + sku),
				Map.entry("attributes", Map.of()), Map.entry("status", "ACTIVE"), Map.entry("images", List.of()),
				Map.entry("variants", List.of(variant)), Map.entry("inStock", true), Map.entry("version", 1),
				Map.entry("createdAt", "2026-01-01T00:00:00Z"), Map.entry("updatedAt", "2026-01-01T00:00:00Z"));
		return Map.of("product", product, "variant", variant);
	}

	/**
	 * The rate id of a carrier's service for a parcel of a weight to a destination.
	 */
	protected String rateId(String country, String postalCode, int grams, String carrier, String service) {
		String sku = ShippingMother.newSku();
		productWeighs(sku, grams);
		Reply rates = post("/shippings/rates", null, ShippingMother.rateRequest(country, postalCode, sku, 1));
		return rates.json()
			.valueStream()
			.filter((rate) -> rate.path("carrier").asString().equals(carrier)
					&& rate.path("service").asString().equals(service))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No rate " + carrier + "/" + service + " in " + rates))
			.path("rateId")
			.asString();
	}

	/** Creates a shipment to a London address at UK Post's standard rate. */
	protected JsonNode shipped(UUID userId) {
		UUID orderId = UUID.randomUUID();
		Reply created = post("/shippings", TestTokens.service(), ShippingMother.shipment(orderId,
				rateId("GB", "SW1Y 4JH", 800, "UKPOST", "STANDARD"), ShippingMother.address("GB", "SW1Y 4JH"), userId));
		if (created.status() != 201) {
			throw new AssertionError("Shipment not created: " + created);
		}
		return created.json();
	}

	/** The types of the events published about a shipment, in order. */
	protected List<String> eventsOf(String shipmentId) {
		return this.jdbc.sql("SELECT type FROM outbox_event WHERE subject = ? ORDER BY sequence")
			.param(shipmentId)
			.query(String.class)
			.list();
	}

	/**
	 * A network that offers nothing and answers tracking questions with the scans a test
	 * gives it, as a multi-carrier API would.
	 */
	public static final class PolledNetwork implements CarrierNetwork {

		private final Map<String, List<Scan>> scans = new java.util.concurrent.ConcurrentHashMap<>();

		public void reports(String trackingNumber, List<Scan> scans) {
			this.scans.put(trackingNumber, List.copyOf(scans));
		}

		@Override
		public String name() {
			return "polled";
		}

		@Override
		public List<Offer> offers(ParcelQuery parcel) {
			return List.of();
		}

		@Override
		public boolean delivers(Offer offer, String country, String postalCode) {
			return false;
		}

		@Override
		public Purchase buy(Offer offer, Consignment consignment) {
			throw new IllegalStateException("The polled test network sells no labels");
		}

		@Override
		public List<Scan> track(String trackingNumber) {
			return this.scans.getOrDefault(trackingNumber, List.of());
		}

	}

	/** A clock that tests move forward; it follows real time otherwise. */
	public static final class MovableClock extends Clock {

		private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

		public void advance(Duration by) {
			this.offset.updateAndGet((current) -> current.plus(by));
		}

		void reset() {
			this.offset.set(Duration.ZERO);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.offset.get());
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClockConfiguration {

		@Bean
		@Primary
		Clock movableClock() {
			return clock;
		}

		@Bean
		PolledNetwork polledNetwork() {
			return polled;
		}

	}

}
