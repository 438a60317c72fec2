package dev.ecommerce.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.ecommerce.devstack.Stack;
import jakarta.mail.Address;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.e2e.ShopClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shopper's checkout from the first search to the delivered parcel, through the gateway
 * only: the money is checked to the penny and the stock to the unit at every step.
 */
@ExtendWith(RunningShop.class)
class CheckoutJourneyTests {

	private static final Duration CHECKOUT = Duration.ofSeconds(90);

	private static final String PASSWORD = "plum-Sideboard-47-lantern";

	private static final String ADDRESS = """
			{"fullName": "Ada Lovelace", "line1": "12 St James's Square", "city": "London",
			 "postalCode": "SW1Y 4JH", "country": "GB", "phone": "+44 20 7946 0000"}""";

	@BeforeEach
	void theShopRuns(Stack stack) {
		for (String service : List.of("product", "inventory", "user", "cart", "payment", "shipping", "order",
				"notification")) {
			assertThat(stack.isRunning(service)).as("the %s service is built and running", service).isTrue();
		}
	}

	@Test
	void aGuestFillsACartSignsUpPaysAndTheParcelIsDelivered(ShopClient shop, Stack stack) {
		Item item = anItemInStock(shop, "mug", 4);

		// a guest cart with two of it
		HttpResponse<String> created = shop.post("/carts", "{}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String guestCart = json(created).path("id").asString();
		String cartToken = json(created).path("cartToken").asString();
		JsonNode guest = ok(shop.post("/carts/" + guestCart + "/items",
				"{\"sku\": \"" + item.sku() + "\", \"quantity\": 2}", "X-Cart-Token", cartToken));
		assertThat(guest.path("totals").path("subtotal").path("amount").asLong()).isEqualTo(2 * item.price());

		// signs up, and the guest cart joins the user's own
		String email = "journey-" + UUID.randomUUID() + "@example.com";
		assertThat(shop
			.post("/auth/register",
					"{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD
							+ "\", \"fullName\": \"Ada Lovelace\"}")
			.statusCode()).isEqualTo(201);
		String bearer = shop.bearer(email, PASSWORD);
		String cartId = json(shop.post("/carts", "{}", "Authorization", bearer)).path("id").asString();
		JsonNode merged = ok(shop.post("/carts/" + cartId + "/merge",
				"{\"guestCartId\": \"" + guestCart + "\", \"cartToken\": \"" + cartToken + "\"}", "Authorization",
				bearer));
		assertThat(merged.path("items")).singleElement()
			.satisfies((line) -> assertThat(line.path("quantity").asInt()).isEqualTo(2));

		// a coupon and a destination price the cart to the penny
		ok(shop.put("/carts/" + cartId + "/destination", "{\"country\": \"GB\", \"postalCode\": \"SW1Y 4JH\"}",
				"Authorization", bearer));
		JsonNode priced = ok(
				shop.post("/carts/" + cartId + "/coupon", "{\"code\": \"WELCOME10\"}", "Authorization", bearer));
		JsonNode totals = priced.path("totals");
		long subtotal = amount(totals, "subtotal");
		assertThat(subtotal).isEqualTo(2 * item.price());
		assertThat(amount(totals, "discount")).isEqualTo(Math.round(subtotal * 0.10));
		assertThat(amount(totals, "total"))
			.isEqualTo(subtotal - amount(totals, "discount") + amount(totals, "shipping") + amount(totals, "tax"));

		// the cheapest rate for the parcel
		JsonNode rates = ok(shop.post("/shippings/rates",
				"{\"destination\": " + ADDRESS + ", \"items\": [{\"sku\": \"" + item.sku() + "\", \"quantity\": 2}]}"));
		assertThat(rates.size()).isPositive();
		JsonNode rate = rates.get(0);
		for (JsonNode other : rates) {
			assertThat(amount(other, "amount")).isGreaterThanOrEqualTo(amount(rate, "amount"));
		}

		// the order
		HttpResponse<String> placed = shop.post("/orders",
				"{\"cartId\": \"" + cartId + "\", \"shippingAddress\": " + ADDRESS + ", \"shippingRateId\": \""
						+ rate.path("rateId").asString()
						+ "\", \"paymentMethod\": {\"gateway\": \"sandbox\", \"token\": \"tok_visa\"}}",
				"Authorization", bearer, "Idempotency-Key", UUID.randomUUID().toString());
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		assertThat(json(placed).path("status").asString()).isEqualTo("PENDING");
		String orderId = json(placed).path("id").asString();

		JsonNode order = awaitStatus(shop, orderId, bearer, "CONFIRMED");
		JsonNode orderTotals = order.path("totals");
		assertThat(amount(orderTotals, "subtotal")).isEqualTo(subtotal);
		assertThat(amount(orderTotals, "discount")).isEqualTo(amount(totals, "discount"));
		assertThat(amount(orderTotals, "shipping")).isEqualTo(amount(rate, "amount"));
		assertThat(amount(orderTotals, "total")).isEqualTo(amount(orderTotals, "subtotal")
				- amount(orderTotals, "discount") + amount(orderTotals, "shipping") + amount(orderTotals, "tax"));
		assertThat(order.path("lines")).singleElement().satisfies((line) -> {
			assertThat(line.path("sku").asString()).isEqualTo(item.sku());
			assertThat(line.path("quantity").asInt()).isEqualTo(2);
			assertThat(amount(line, "unitPrice")).isEqualTo(item.price());
		});
		JsonNode payment = ok(
				shop.get("/payments/" + order.path("payment").path("id").asString(), "Authorization", bearer));
		assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(amount(payment, "amount")).isEqualTo(amount(orderTotals, "total"));
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(available(shop, item.sku())).isEqualTo(item.available() - 2));

		// the shipment, its label and its way to the door
		JsonNode shipment = await().atMost(CHECKOUT)
			.until(() -> ok(shop.get("/orders/" + orderId, "Authorization", bearer)).path("shipment"),
					(s) -> !s.path("trackingNumber").asString("").isEmpty());
		String trackingNumber = shipment.path("trackingNumber").asString();
		assertThat(trackingNumber).matches("[A-Z]{2}\\d{9}[A-Z]{2}");
		HttpResponse<String> label = shop.get("/shippings/" + shipment.path("id").asString() + "/label",
				"Authorization", bearer);
		assertThat(label.statusCode()).isEqualTo(200);
		assertThat(label.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(label.body()).startsWith("%PDF");
		String admin = shop.bearer("admin@demo.shop", "demo-password-1");
		for (String status : List.of("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED")) {
			HttpResponse<String> event = shop.post("/shippings/" + shipment.path("id").asString() + "/events",
					"{\"status\": \"" + status + "\", \"location\": \"London\", \"description\": \""
							+ status.toLowerCase(Locale.ROOT) + "\", \"at\": \"" + java.time.Instant.now() + "\"}",
					"Authorization", admin);
			assertThat(event.statusCode()).as(event.body()).isIn(200, 201);
		}
		awaitStatus(shop, orderId, bearer, "DELIVERED");
		assertThat(ok(shop.get("/shippings/tracking/" + trackingNumber)).path("status").asString())
			.isEqualTo("DELIVERED");

		// the history, the inbox and the mail
		assertThat(ok(shop.get("/auth/me/orders", "Authorization", bearer)).path("items").findValuesAsString("id"))
			.contains(orderId);
		await().atMost(CHECKOUT)
			.untilAsserted(
					() -> assertThat(ok(shop.get("/notifications/mine", "Authorization", bearer)).path("items").size())
						.isPositive());
		await().atMost(CHECKOUT).untilAsserted(() -> assertThat(mailTo(stack, email)).isGreaterThanOrEqualTo(2));
	}

	@Test
	void aDeclinedCardFailsThePaymentAndGivesTheStockBack(ShopClient shop) {
		Item item = anItemInStock(shop, "candle", 2);
		String bearer = shop.bearer("customer@demo.shop", "demo-password-1");
		JsonNode rate = ok(shop.post("/shippings/rates",
				"{\"destination\": " + ADDRESS + ", \"items\": [{\"sku\": \"" + item.sku() + "\", \"quantity\": 1}]}"))
			.get(0);

		HttpResponse<String> placed = shop.post("/orders",
				"{\"lines\": [{\"sku\": \"" + item.sku() + "\", \"quantity\": 1}], \"shippingAddress\": " + ADDRESS
						+ ", \"shippingRateId\": \"" + rate.path("rateId").asString()
						+ "\", \"paymentMethod\": {\"gateway\": \"sandbox\", \"token\": \"tok_chargeDeclined\"}}",
				"Authorization", bearer, "Idempotency-Key", UUID.randomUUID().toString());
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);

		JsonNode order = awaitStatus(shop, json(placed).path("id").asString(), bearer, "PAYMENT_FAILED");
		assertThat(order.path("statusHistory").findValuesAsString("status")).contains("PENDING", "PAYMENT_FAILED");
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(available(shop, item.sku())).isEqualTo(item.available()));
	}

	private static JsonNode awaitStatus(ShopClient shop, String orderId, String bearer, String status) {
		return await().atMost(CHECKOUT)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> ok(shop.get("/orders/" + orderId, "Authorization", bearer)),
					(order) -> status.equals(order.path("status").asString()));
	}

	/**
	 * A product of the demo catalog matching a word, with at least so many units free.
	 */
	private static Item anItemInStock(ShopClient shop, String word, int atLeast) {
		JsonNode found = ok(shop.get("/products/search?inStock=true&size=50&q=" + word));
		for (JsonNode hit : found.path("items")) {
			JsonNode variant = ok(shop.get("/products/" + hit.path("id").asString())).path("variants").get(0);
			String sku = variant.path("sku").asString();
			int available = available(shop, sku);
			if (available >= atLeast) {
				return new Item(sku, amount(variant, "price"), available);
			}
		}
		throw new IllegalStateException("no '" + word + "' with " + atLeast + " units in the demo stock");
	}

	private static int available(ShopClient shop, String sku) {
		return ok(shop.get("/inventory/" + sku)).path("available").asInt();
	}

	private static long amount(JsonNode node, String member) {
		return node.path(member).path("amount").asLong();
	}

	private static long mailTo(Stack stack, String email) {
		return stack.mail().received().stream().filter((message) -> {
			try {
				Address[] to = message.getAllRecipients();
				return to != null && List.of(to).stream().anyMatch((address) -> address.toString().contains(email));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).count();
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return json(response);
	}

	private record Item(String sku, long price, int available) {

	}

}
