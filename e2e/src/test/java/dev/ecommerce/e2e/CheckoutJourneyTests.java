package dev.ecommerce.e2e;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.devstack.Stack;
import dev.ecommerce.e2e.Checkouts.Item;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.e2e.Checkouts.ADDRESS;
import static dev.ecommerce.e2e.Checkouts.CHECKOUT;
import static dev.ecommerce.e2e.Checkouts.PASSWORD;
import static dev.ecommerce.e2e.ShopClient.amount;
import static dev.ecommerce.e2e.ShopClient.json;
import static dev.ecommerce.e2e.ShopClient.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shopper's checkout from the first search to the delivered parcel, through the gateway
 * only: the money is checked to the penny and the stock to the unit at every step.
 */
@ExtendWith(RunningShop.class)
class CheckoutJourneyTests {

	@BeforeEach
	void theShopRuns(Stack stack) {
		for (String service : List.of("product", "inventory", "user", "cart", "payment", "shipping", "order",
				"notification")) {
			assertThat(stack.isRunning(service)).as("the %s service is built and running", service).isTrue();
		}
	}

	@Test
	void aGuestFillsACartSignsUpPaysAndTheParcelIsDelivered(ShopClient shop, Stack stack) {
		Checkouts checkouts = new Checkouts(shop);
		Item item = checkouts.anItemInStock("mug", 4);

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
		HttpResponse<String> placed = checkouts.order(bearer, "\"cartId\": \"" + cartId + "\"", rate, "tok_visa");
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		assertThat(json(placed).path("status").asString()).isEqualTo("PENDING");
		String orderId = json(placed).path("id").asString();

		JsonNode order = checkouts.awaitStatus(orderId, bearer, "CONFIRMED");
		String number = order.path("number").asString();
		JsonNode orderTotals = order.path("totals");
		Checkouts.assertUkTotals(orderTotals, subtotal, amount(totals, "discount"), amount(rate, "amount"));
		assertThat(order.path("lines")).singleElement().satisfies((line) -> {
			assertThat(line.path("sku").asString()).isEqualTo(item.sku());
			assertThat(line.path("quantity").asInt()).isEqualTo(2);
			assertThat(amount(line, "unitPrice")).isEqualTo(item.price());
		});
		JsonNode payment = checkouts.payment(order, bearer);
		assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(amount(payment, "amount")).isEqualTo(amount(orderTotals, "total"));
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(shop.available(item.sku())).isEqualTo(item.available() - 2));

		// the shipment, its label and its way to the door
		JsonNode shipment = checkouts.awaitShipment(orderId, bearer);
		String trackingNumber = shipment.path("trackingNumber").asString();
		assertThat(trackingNumber).matches("[A-Z]{2}\\d{9}[A-Z]{2}");
		HttpResponse<String> label = shop.get("/shippings/" + shipment.path("id").asString() + "/label",
				"Authorization", bearer);
		assertThat(label.statusCode()).isEqualTo(200);
		assertThat(label.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(label.body()).startsWith("%PDF");
		checkouts.carrierDelivers(shipment.path("id").asString());
		checkouts.awaitStatus(orderId, bearer, "DELIVERED");
		assertThat(ok(shop.get("/shippings/tracking/" + trackingNumber)).path("status").asString())
			.isEqualTo("DELIVERED");

		// the history, the in-app notices and the mail
		assertThat(ok(shop.get("/auth/me/orders", "Authorization", bearer)).path("items").findValuesAsString("id"))
			.contains(orderId);
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(Inboxes.noticeKinds(shop, bearer)).containsExactlyInAnyOrder("WELCOME",
					"ORDER_PLACED", "ORDER_CONFIRMED", "SHIPMENT_CREATED", "SHIPMENT_OUT_FOR_DELIVERY",
					"SHIPMENT_DELIVERED"));
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(Inboxes.subjectsTo(stack, email)).contains(
					"Your order " + number + " is confirmed", "Your order " + number + " is on its way",
					"Your order " + number + " was delivered"));
	}

	@Test
	void aDeclinedCardFailsThePaymentAndGivesTheStockBack(ShopClient shop) {
		Checkouts checkouts = new Checkouts(shop);
		Item item = checkouts.anItemInStock("candle", 2);
		String bearer = shop.bearer("customer@demo.shop", Checkouts.DEMO_PASSWORD);

		HttpResponse<String> placed = checkouts.order(bearer, item.sku(), 1, "tok_chargeDeclined");
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);

		JsonNode order = checkouts.awaitStatus(json(placed).path("id").asString(), bearer, "PAYMENT_FAILED");
		assertThat(order.path("statusHistory").findValuesAsString("status")).contains("PENDING", "PAYMENT_FAILED");
		await().atMost(CHECKOUT)
			.untilAsserted(() -> assertThat(shop.available(item.sku())).isEqualTo(item.available()));
	}

}
