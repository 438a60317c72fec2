package dev.ecommerce.cart.coupon;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.cart.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coupons: managed by admins, applied by shoppers, used up by confirmed orders.
 */
class CouponIntegrationTests extends ServiceIntegrationTest {

	static Map<String, Object> coupon(String code, String type, Object value) {
		Map<String, Object> coupon = new HashMap<>();
		coupon.put("code", code);
		coupon.put("type", type);
		if (value != null) {
			coupon.put("value", value);
		}
		return coupon;
	}

	@Test
	void adminsManageCouponsAndNobodyElseDoes() {
		TestTokens.Token admin = TestTokens.admin();
		String code = newCode();
		Map<String, Object> request = coupon(code, "PERCENT", 15);
		request.put("minSubtotal", Map.of("amount", 2000, "currency", "GBP"));
		request.put("validUntil", "2099-01-01T00:00:00Z");
		request.put("usageLimit", 100);

		assertThat(post("/coupons", null, request).status()).isEqualTo(401);
		assertThat(post("/coupons", TestTokens.customer(), request).status()).isEqualTo(403);
		assertThat(post("/coupons", TestTokens.seller(), request).status()).isEqualTo(403);
		Reply created = post("/coupons", admin, request);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/coupons/" + code);
		assertThat(created.json().path("type").asString()).isEqualTo("PERCENT");
		assertThat(created.json().path("value").asLong()).isEqualTo(15);
		assertThat(created.json().path("minSubtotal").path("amount").asLong()).isEqualTo(2000);
		assertThat(created.json().path("usageLimit").asInt()).isEqualTo(100);
		assertThat(created.json().path("timesUsed").asInt()).isEqualTo(0);
		assertThat(post("/coupons", admin, request).status()).as("duplicate").isEqualTo(409);

		assertThat(get("/coupons/" + code, admin).json().path("code").asString()).isEqualTo(code);
		assertThat(get("/coupons/" + code.toLowerCase(), admin).status()).isEqualTo(200);
		assertThat(get("/coupons/" + code, TestTokens.customer()).status()).isEqualTo(403);
		assertThat(get("/coupons?size=100", admin).json().path("items").findValuesAsString("code")).contains(code);
		assertThat(get("/coupons?size=101", admin).status()).isEqualTo(400);

		request.put("value", 20);
		Reply replaced = put("/coupons/" + code, admin, request, "If-Match", "\"0\"");
		assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
		assertThat(replaced.json().path("value").asLong()).isEqualTo(20);
		assertThat(put("/coupons/" + code, admin, request, "If-Match", "\"0\"").status()).as("stale").isEqualTo(412);
		assertThat(delete("/coupons/" + code, TestTokens.customer()).status()).isEqualTo(403);
		assertThat(delete("/coupons/" + code, admin).status()).isEqualTo(204);
		assertThat(get("/coupons/" + code, admin).status()).isEqualTo(404);
	}

	@Test
	void aCouponThatMakesNoSenseIsRefused() {
		TestTokens.Token admin = TestTokens.admin();
		assertThat(post("/coupons", admin, coupon(newCode(), "PERCENT", 0)).status()).isEqualTo(400);
		assertThat(post("/coupons", admin, coupon(newCode(), "PERCENT", 101)).status()).isEqualTo(400);
		assertThat(post("/coupons", admin, coupon(newCode(), "FIXED", null)).status()).isEqualTo(400);
		assertThat(post("/coupons", admin, coupon(newCode(), "FIXED", -5)).status()).isEqualTo(400);
		assertThat(post("/coupons", admin, coupon(newCode(), "FREE_SHIPPING", 5)).status()).isEqualTo(400);
		assertThat(post("/coupons", admin, coupon(newCode(), "BOGOF", 5)).status()).isEqualTo(400);
		assertThat(post("/coupons", admin, coupon("lower case", "FIXED", 5)).status()).isEqualTo(400);
		Map<String, Object> window = coupon(newCode(), "FIXED", 5);
		window.put("validFrom", "2030-01-02T00:00:00Z");
		window.put("validUntil", "2030-01-01T00:00:00Z");
		Reply backwards = post("/coupons", admin, window);
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().path("errors").findValuesAsString("field")).contains("validUntil");
		Map<String, Object> otherCurrency = coupon(newCode(), "FIXED", 5);
		otherCurrency.put("minSubtotal", Map.of("amount", 100, "currency", "EUR"));
		assertThat(post("/coupons", admin, otherCurrency).status()).isEqualTo(400);
		Map<String, Object> limit = coupon(newCode(), "FIXED", 5);
		limit.put("usageLimit", 0);
		assertThat(post("/coupons", admin, limit).status()).isEqualTo(400);
	}

	@Test
	void aShopperAppliesAValidCouponAndIsToldWhyAnotherDoesNotApply() {
		TestTokens.Token admin = TestTokens.admin();
		String tenPercent = newCode();
		post("/coupons", admin, coupon(tenPercent, "PERCENT", 10));
		String expired = newCode();
		Map<String, Object> old = coupon(expired, "FIXED", 100);
		old.put("validUntil", "2020-01-01T00:00:00Z");
		post("/coupons", admin, old);
		String notYet = newCode();
		Map<String, Object> future = coupon(notYet, "FIXED", 100);
		future.put("validFrom", "2099-01-01T00:00:00Z");
		post("/coupons", admin, future);
		String big = newCode();
		Map<String, Object> minimum = coupon(big, "FIXED", 500);
		minimum.put("minSubtotal", Map.of("amount", 5000, "currency", "GBP"));
		post("/coupons", admin, minimum);

		String sku = newSku();
		stubSku(sku, 999, 10);
		TestTokens.Token user = TestTokens.customer();
		String id = post("/carts", user, null).json().path("id").asString();
		post("/carts/" + id + "/items", user, Map.of("sku", sku, "quantity", 3));

		assertThat(post("/carts/" + id + "/coupon", user, Map.of("code", "NOPE" + newCode())).status()).isEqualTo(400);
		Reply expiredReply = post("/carts/" + id + "/coupon", user, Map.of("code", expired));
		assertThat(expiredReply.status()).isEqualTo(409);
		assertThat(expiredReply.json().path("detail").asString()).contains("expired");
		assertThat(post("/carts/" + id + "/coupon", user, Map.of("code", notYet)).json().path("detail").asString())
			.contains("not valid yet");
		Reply below = post("/carts/" + id + "/coupon", user, Map.of("code", big));
		assertThat(below.status()).isEqualTo(409);
		assertThat(below.json().path("detail").asString()).contains("minimum");
		assertThat(post("/carts/" + id + "/coupon", user, Map.of("code", "")).status()).isEqualTo(400);

		Reply applied = post("/carts/" + id + "/coupon", user, Map.of("code", tenPercent.toLowerCase()));
		assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
		assertThat(applied.json().path("coupon").path("code").asString()).isEqualTo(tenPercent);
		assertThat(applied.json().path("coupon").path("applied").asBoolean()).isTrue();
		// 29.97, 10 % = 2.997 → 3.00; 26.97 × 20 % = 5.394 → 5.39
		assertThat(totals(applied)).isEqualTo("2997 - 300 + 0 + 539 = 3236");

		Reply removed = delete("/carts/" + id + "/coupon", TestTokens.customer());
		assertThat(removed.status()).as("another user").isEqualTo(404);
		removed = delete("/carts/" + id + "/coupon", user);
		assertThat(removed.json().path("coupon").isNull()).isTrue();
		assertThat(totals(removed)).isEqualTo("2997 - 0 + 0 + 599 = 3596");
	}

	@Test
	void aCouponThatNoLongerAppliesStaysOnTheCartWithAWarningAndTakesNothingOff() {
		String code = newCode();
		Map<String, Object> minimum = coupon(code, "FIXED", 500);
		minimum.put("minSubtotal", Map.of("amount", 2000, "currency", "GBP"));
		post("/coupons", TestTokens.admin(), minimum);
		String sku = newSku();
		stubSku(sku, 1000, 10);
		TestTokens.Token user = TestTokens.customer();
		String id = post("/carts", user, null).json().path("id").asString();
		post("/carts/" + id + "/items", user, Map.of("sku", sku, "quantity", 2));
		assertThat(totals(post("/carts/" + id + "/coupon", user, Map.of("code", code))))
			.isEqualTo("2000 - 500 + 0 + 300 = 1800");

		Reply lowered = patch("/carts/" + id + "/items/" + sku, user, Map.of("quantity", 1));
		assertThat(totals(lowered)).isEqualTo("1000 - 0 + 0 + 200 = 1200");
		assertThat(lowered.json().path("coupon").path("applied").asBoolean()).isFalse();
		assertThat(lowered.json().path("warnings").findValuesAsString("code")).contains("COUPON_NOT_APPLICABLE");
		assertThat(lowered.json().path("warnings").findValuesAsString("couponCode")).contains(code);
	}

	@Test
	void confirmedOrdersCountAgainstTheLimitOncePerOrderAndAUsedUpCouponNoLongerApplies() throws Exception {
		String code = newCode();
		Map<String, Object> limited = coupon(code, "PERCENT", 50);
		limited.put("usageLimit", 2);
		post("/coupons", TestTokens.admin(), limited);
		String sku = newSku();
		stubSku(sku, 1000, 10);
		TestTokens.Token user = TestTokens.customer();
		String id = post("/carts", user, null).json().path("id").asString();
		post("/carts/" + id + "/items", user, Map.of("sku", sku, "quantity", 1));
		assertThat(post("/carts/" + id + "/coupon", user, Map.of("code", code)).status()).isEqualTo(200);

		UUID first = UUID.randomUUID();
		confirm(first, UUID.randomUUID(), code, List.of());
		confirm(first, UUID.randomUUID(), code, List.of());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get("/coupons/" + code, TestTokens.admin()).json().path("timesUsed").asInt() == 1);
		assertThat(totals(get("/carts/" + id, user))).isEqualTo("1000 - 500 + 0 + 100 = 600");

		confirm(UUID.randomUUID(), UUID.randomUUID(), code.toLowerCase(), List.of());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get("/coupons/" + code, TestTokens.admin()).json().path("timesUsed").asInt() == 2);
		Reply usedUp = get("/carts/" + id, user);
		assertThat(totals(usedUp)).isEqualTo("1000 - 0 + 0 + 200 = 1200");
		assertThat(usedUp.json().path("coupon").path("reason").asString()).contains("used up");
		String other = post("/carts", TestTokens.customer(), null).json().path("id").asString();
		assertThat(post("/carts/" + other + "/coupon", TestTokens.customer(), Map.of("code", code)).status())
			.isEqualTo(404);
	}

	@Test
	void concurrentCheckoutsGetAtMostTheUsageLimitOfDiscountsAndAFailedOrderFreesItsHold() throws Exception {
		String code = newCode();
		Map<String, Object> limited = coupon(code, "FIXED", 100);
		limited.put("usageLimit", 3);
		post("/coupons", TestTokens.admin(), limited);
		String sku = newSku();
		stubSku(sku, 1000, 100);
		List<UUID> orders = java.util.stream.Stream.generate(UUID::randomUUID).limit(10).toList();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
		List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
		for (UUID order : orders) {
			replies.add(pool.submit(() -> post("/carts/quote", TestTokens.service(), Map.of("lines",
					List.of(Map.of("sku", sku, "quantity", 1)), "couponCode", code, "orderId", order))));
		}
		List<UUID> discounted = new java.util.ArrayList<>();
		for (int i = 0; i < orders.size(); i++) {
			Reply reply = replies.get(i).get();
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			if (reply.json().path("coupon").path("applied").asBoolean()) {
				assertThat(reply.json().path("totals").path("discount").path("amount").asLong()).isEqualTo(100);
				discounted.add(orders.get(i));
			}
			else {
				assertThat(reply.json().path("coupon").path("reason").asString()).contains("used up");
			}
		}
		pool.shutdown();
		assertThat(discounted).hasSize(3);
		Reply again = post("/carts/quote", TestTokens.service(), Map.of("lines",
				List.of(Map.of("sku", sku, "quantity", 1)), "couponCode", code, "orderId", discounted.get(0)));
		assertThat(again.json().path("coupon").path("applied").asBoolean()).as("a re-quote keeps its hold").isTrue();

		confirm(discounted.get(0), UUID.randomUUID(), code, List.of());
		publish("order.events", "dev.ecommerce.order.OrderPaymentFailed.v1", discounted.get(1).toString(),
				Map.of("orderId", discounted.get(1), "number", "O-2", "failureCode", "card_declined"));
		UUID late = UUID.randomUUID();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> post("/carts/quote", TestTokens.service(),
					Map.of("lines", List.of(Map.of("sku", sku, "quantity", 1)), "couponCode", code, "orderId", late))
				.json()
				.path("coupon")
				.path("applied")
				.asBoolean());
		assertThat(post("/carts/quote", TestTokens.service(),
				Map.of("lines", List.of(Map.of("sku", sku, "quantity", 1)), "couponCode", code, "orderId",
						UUID.randomUUID()))
			.json()
			.path("coupon")
			.path("applied")
			.asBoolean()).as("1 used + 2 held = 3").isFalse();
		assertThat(get("/coupons/" + code, TestTokens.admin()).json().path("timesUsed").asInt()).isEqualTo(1);
	}

	@Test
	void aConfirmedOrderTakesWhatItBoughtOutOfTheBuyersCart() throws Exception {
		String bought = newSku();
		String kept = newSku();
		stubSku(bought, 500, 10);
		stubSku(kept, 700, 10);
		TestTokens.Token user = TestTokens.customer();
		String id = post("/carts", user, null).json().path("id").asString();
		post("/carts/" + id + "/items", user, Map.of("sku", bought, "quantity", 2));
		post("/carts/" + id + "/items", user, Map.of("sku", kept, "quantity", 1));

		confirm(UUID.randomUUID(), user.userId(), null, List.of(Map.of("sku", bought, "quantity", 2)));
		await().atMost(Duration.ofSeconds(30)).until(() -> get("/carts/" + id, user).json().path("items").size() == 1);
		assertThat(get("/carts/" + id, user).json().path("items").get(0).path("sku").asString()).isEqualTo(kept);
	}

	private void confirm(UUID orderId, UUID userId, String couponCode, List<Map<String, Object>> lines)
			throws Exception {
		Map<String, Object> order = new HashMap<>();
		order.put("orderId", orderId);
		order.put("number", "O-1");
		order.put("userId", userId);
		order.put("lines", lines);
		order.put("couponCode", couponCode);
		order.put("paymentId", UUID.randomUUID());
		order.put("at", Instant.now().toString());
		publish("order.events", "dev.ecommerce.order.OrderConfirmed.v1", orderId.toString(), order);
	}

	static String totals(Reply cart) {
		var t = cart.json().path("totals");
		return t.path("subtotal").path("amount").asLong() + " - " + t.path("discount").path("amount").asLong() + " + "
				+ t.path("shipping").path("amount").asLong() + " + " + t.path("tax").path("amount").asLong() + " = "
				+ t.path("total").path("amount").asLong();
	}

}
