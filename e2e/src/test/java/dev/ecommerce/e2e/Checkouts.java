package dev.ecommerce.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;

import static dev.ecommerce.e2e.ShopClient.amount;
import static dev.ecommerce.e2e.ShopClient.json;
import static dev.ecommerce.e2e.ShopClient.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The steps of the journeys as a shopper, the carrier and the shop's staff take them,
 * through the gateway only: finding stock to buy, a shipping rate, placing an order and
 * waiting for its outcome, the carrier's events that deliver it.
 */
final class Checkouts {

	/** How long a checkout, and what it sets off in other services, may take. */
	static final Duration CHECKOUT = Duration.ofSeconds(90);

	/**
	 * How long events may take between services: right after start-up the product service
	 * is still working through the demo stock's 5,318 {@code StockLevelChanged} events,
	 * and a new one waits its turn.
	 */
	static final Duration EVENTUAL = Duration.ofMinutes(2);

	/** The demo London warehouse (inventory's demo data). */
	static final String LONDON = "5e11e700-de30-4000-8000-0000000000a1";

	/** The password of the demo accounts. */
	static final String DEMO_PASSWORD = "demo-password-1";

	/** A password strong enough for registration. */
	static final String PASSWORD = "plum-Sideboard-47-lantern";

	static final String ADDRESS = """
			{"fullName": "Ada Lovelace", "line1": "12 St James's Square", "city": "London",
			 "postalCode": "SW1Y 4JH", "country": "GB", "phone": "+44 20 7946 0000"}""";

	private final ShopClient shop;

	Checkouts(ShopClient shop) {
		this.shop = shop;
	}

	/**
	 * A newly registered customer, signed in.
	 * @param label a word for the email, to tell the journeys' customers apart
	 * @return the customer
	 */
	Account newCustomer(String label) {
		String email = label + "-" + UUID.randomUUID() + "@example.com";
		String id = this.shop.register(email, PASSWORD, "Ada Lovelace").path("id").asString();
		return new Account(id, email, this.shop.bearer(email, PASSWORD));
	}

	/**
	 * A newly registered user whom an admin made a seller, signed in again so that its
	 * token carries the role.
	 * @param label a word for the email
	 * @return the seller
	 */
	Account newSeller(String label) {
		Account customer = newCustomer(label);
		String admin = this.shop.bearer("admin@demo.shop", DEMO_PASSWORD);
		ok(this.shop.put("/users/" + customer.id() + "/roles", "{\"roles\": [\"SELLER\"]}", "Authorization", admin));
		return new Account(customer.id(), customer.email(), this.shop.bearer(customer.email(), PASSWORD));
	}

	/**
	 * A seller lists an active product of one variant.
	 * @param bearer the seller's {@code Authorization}
	 * @param name the product's name
	 * @param sku its variant's SKU
	 * @param price the price in pence
	 * @return the product's id
	 */
	String listProduct(String bearer, String name, String sku, long price) {
		HttpResponse<String> created = this.shop.post("/products", """
				{"name": "%s", "description": "Holds twelve jars.", "status": "ACTIVE", "attributes": {},
				 "images": ["https://images.example.com/rack.jpg"],
				 "variants": [{"sku": "%s", "attributes": {}, "price": {"amount": %d, "currency": "GBP"},
				               "weightGrams": 900}]}""".formatted(name, sku, price), "Authorization", bearer);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created).path("id").asString();
	}

	/**
	 * A seller sets the stock of its new SKU in a store, as soon as the inventory service
	 * has learnt from {@code ProductCreated} whose SKU it is.
	 * @param body the level, {@code {onHand, lowStockThreshold, note}}
	 * @return the level
	 */
	JsonNode stockNewSku(String bearer, String storeId, String sku, String body) {
		AtomicReference<JsonNode> level = new AtomicReference<>();
		await().atMost(EVENTUAL).untilAsserted(() -> {
			HttpResponse<String> set = this.shop.put("/stores/" + storeId + "/stock/" + sku, body, "Authorization",
					bearer);
			assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
			level.set(json(set));
		});
		return level.get();
	}

	/**
	 * A product of the demo catalog matching a word, with at least so many units free.
	 */
	Item anItemInStock(String word, int atLeast) {
		return anItemInStock(word, atLeast, Integer.MAX_VALUE);
	}

	/**
	 * A product of the demo catalog matching a word, with at least and at most so many
	 * units free.
	 */
	Item anItemInStock(String word, int atLeast, int atMost) {
		JsonNode found = ok(this.shop.get("/products/search?inStock=true&size=50&q=" + word));
		for (JsonNode hit : found.path("items")) {
			JsonNode variant = ok(this.shop.get("/products/" + hit.path("id").asString())).path("variants").get(0);
			String sku = variant.path("sku").asString();
			int available = this.shop.available(sku);
			if (available >= atLeast && available <= atMost) {
				return new Item(sku, amount(variant, "price"), available);
			}
		}
		throw new IllegalStateException(
				"no '" + word + "' with " + atLeast + " to " + atMost + " units in the demo stock");
	}

	/**
	 * The cheapest shipping rate for so many units of a SKU to {@link #ADDRESS}.
	 */
	JsonNode cheapestRate(String sku, int quantity) {
		JsonNode rates = ok(this.shop.post("/shippings/rates", "{\"destination\": " + ADDRESS
				+ ", \"items\": [{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}]}"));
		assertThat(rates.size()).as("shipping rates for %s", sku).isPositive();
		return rates.get(0);
	}

	/**
	 * Places an order of one line, paid with a sandbox token, shipped at the cheapest
	 * rate.
	 * @return the response to {@code POST /orders}
	 */
	HttpResponse<String> order(String bearer, String sku, int quantity, String paymentToken) {
		return order(bearer, "\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}]",
				cheapestRate(sku, quantity), paymentToken);
	}

	/**
	 * Places an order.
	 * @param what the order's {@code cartId} or {@code lines} member
	 * @return the response to {@code POST /orders}
	 */
	HttpResponse<String> order(String bearer, String what, JsonNode rate, String paymentToken) {
		return this.shop.post("/orders",
				"{" + what + ", \"shippingAddress\": " + ADDRESS + ", \"shippingRateId\": \""
						+ rate.path("rateId").asString()
						+ "\", \"paymentMethod\": {\"gateway\": \"sandbox\", \"token\": \"" + paymentToken + "\"}}",
				"Authorization", bearer, "Idempotency-Key", UUID.randomUUID().toString());
	}

	/**
	 * Orders so many units of an item, paid with {@code tok_visa}, and waits for the
	 * order to be confirmed.
	 * @return the confirmed order
	 */
	JsonNode confirmedOrder(String bearer, Item item, int quantity) {
		HttpResponse<String> placed = order(bearer, item.sku(), quantity, "tok_visa");
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		return awaitStatus(json(placed).path("id").asString(), bearer, "CONFIRMED");
	}

	JsonNode awaitStatus(String orderId, String bearer, String status) {
		return await().atMost(CHECKOUT)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> ok(this.shop.get("/orders/" + orderId, "Authorization", bearer)),
					(order) -> status.equals(order.path("status").asString()));
	}

	/**
	 * The order's shipment, once it has a tracking number.
	 */
	JsonNode awaitShipment(String orderId, String bearer) {
		return await().atMost(CHECKOUT)
			.until(() -> ok(this.shop.get("/orders/" + orderId, "Authorization", bearer)).path("shipment"),
					(shipment) -> !shipment.path("trackingNumber").asString("").isEmpty());
	}

	/**
	 * The carrier's events that take a shipment from pickup to the door, sent as an
	 * admin.
	 */
	void carrierDelivers(String shipmentId) {
		String admin = this.shop.bearer("admin@demo.shop", DEMO_PASSWORD);
		for (String status : List.of("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED")) {
			HttpResponse<String> event = this.shop.post("/shippings/" + shipmentId + "/events",
					"{\"status\": \"" + status + "\", \"location\": \"London\", \"description\": \""
							+ status.toLowerCase(Locale.ROOT) + "\", \"at\": \"" + Instant.now() + "\"}",
					"Authorization", admin);
			assertThat(event.statusCode()).as(event.body()).isIn(200, 201);
		}
	}

	/**
	 * Orders so many units of an item and has them delivered.
	 * @return the delivered order
	 */
	JsonNode deliveredOrder(String bearer, Item item, int quantity) {
		String orderId = confirmedOrder(bearer, item, quantity).path("id").asString();
		carrierDelivers(awaitShipment(orderId, bearer).path("id").asString());
		return awaitStatus(orderId, bearer, "DELIVERED");
	}

	/**
	 * The payment of an order, with its refunds.
	 */
	JsonNode payment(JsonNode order, String bearer) {
		return ok(this.shop.get("/payments/" + order.path("payment").path("id").asString(), "Authorization", bearer));
	}

	/**
	 * What each active store has free of a SKU.
	 * @return available units by store id
	 */
	Map<String, Integer> availableByStore(String sku) {
		Map<String, Integer> stores = new LinkedHashMap<>();
		for (JsonNode store : ok(this.shop.get("/inventory/" + sku)).path("stores")) {
			stores.put(store.path("storeId").asString(), store.path("available").asInt());
		}
		return stores;
	}

	/**
	 * The UK VAT on a basket as the cart service prices it (ADR 7): 20 % of the goods
	 * less the discount plus the shipping, rounded half up to the penny.
	 * @param taxed subtotal − discount + shipping, in pence
	 * @return the tax in pence
	 */
	static long ukVat(long taxed) {
		return Math.floorDiv(taxed * 20 + 50, 100);
	}

	/**
	 * Checks an order's or a cart's totals to the penny, shipped to the UK.
	 * @param totals the {@code totals} member
	 * @param subtotal the goods
	 * @param discount the coupon's discount
	 * @param shipping the rate
	 */
	static void assertUkTotals(JsonNode totals, long subtotal, long discount, long shipping) {
		long tax = ukVat(subtotal - discount + shipping);
		assertThat(amount(totals, "subtotal")).as("subtotal").isEqualTo(subtotal);
		assertThat(amount(totals, "discount")).as("discount").isEqualTo(discount);
		assertThat(amount(totals, "shipping")).as("shipping").isEqualTo(shipping);
		assertThat(amount(totals, "tax")).as("tax").isEqualTo(tax);
		assertThat(amount(totals, "total")).as("total").isEqualTo(subtotal - discount + shipping + tax);
	}

	/**
	 * A signed-in account.
	 *
	 * @param id the user's id
	 * @param email the email
	 * @param bearer the {@code Authorization} header's value
	 */
	record Account(String id, String email, String bearer) {

	}

	/**
	 * @param sku a variant's SKU
	 * @param price its price in minor units
	 * @param available its units free when it was found
	 */
	record Item(String sku, long price, int available) {

	}

}
