package dev.ecommerce.recommendation.signal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.recommendation.ServiceIntegrationTest;
import dev.ecommerce.user.api.UserDeleted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signals: each event recorded once, browsing reports accepted, a deleted user's
 * history erased.
 */
class SignalIntegrationTests extends ServiceIntegrationTest {

	@Test
	void aRedeliveredOrderConfirmationIsRecordedOnce() {
		UUID lamp = product("Lamp", null);
		UUID shade = product("Shade", null);
		UUID user = UUID.randomUUID();
		UUID order = UUID.randomUUID();
		String event = UUID.randomUUID().toString();

		orderConfirmed(event, order, user, lamp, shade);
		orderConfirmed(event, order, user, lamp, shade);
		String later = UUID.randomUUID().toString();
		orderConfirmed(later, UUID.randomUUID(), user, lamp);

		assertThat(count("SELECT count(*) FROM interaction WHERE basket = ?", "order-" + order)).isEqualTo(2);
		assertThat(
				count("SELECT count(*) FROM interaction WHERE user_key = ? AND signal = 'PURCHASE'", user.toString()))
			.isEqualTo(3);
	}

	@Test
	void cartAdditionsCountForTheUserOrTheGuestSession() {
		UUID product = product("Tin", null);
		UUID user = UUID.randomUUID();
		String signedIn = UUID.randomUUID().toString();
		String guest = UUID.randomUUID().toString();
		UUID guestCart = UUID.randomUUID();

		publish("cart.events", signedIn, "dev.ecommerce.cart.CartItemAdded.v1", UUID.randomUUID().toString(),
				Map.of("cartId", UUID.randomUUID().toString(), "userId", user.toString(), "sku", sku(product),
						"productId", product.toString(), "quantity", 1, "unitPrice",
						Map.of("amount", 100, "currency", "GBP"), "at", Instant.now().toString()));
		publish("cart.events", guest, "dev.ecommerce.cart.CartItemAdded.v1", guestCart.toString(),
				Map.of("cartId", guestCart.toString(), "sku", sku(product), "productId", product.toString(), "quantity",
						2, "at", Instant.now().toString()));
		awaitHandled(signedIn);
		awaitHandled(guest);

		assertThat(count("SELECT count(*) FROM interaction WHERE user_key = ? AND signal = 'ADD_TO_CART'",
				user.toString()))
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM interaction WHERE user_key = ? AND signal = 'ADD_TO_CART'",
				"session:" + guestCart))
			.isEqualTo(1);
	}

	@Test
	void viewsAreAcceptedFromAnyoneAndCountForTheSignedInUserOrTheSession() {
		UUID product = product("Kite", null);
		String session = "s-" + UUID.randomUUID();
		UUID user = UUID.randomUUID();

		Reply guest = post("/recommendations/events", null,
				Map.of("type", "VIEW", "productId", product.toString(), "sessionId", session));
		Reply signedIn = post("/recommendations/events", TestTokens.as(user, "CUSTOMER"),
				Map.of("type", "ADD_TO_CART", "productId", product.toString(), "sessionId", session));

		assertThat(guest.status()).as(guest.toString()).isEqualTo(202);
		assertThat(signedIn.status()).isEqualTo(202);
		assertThat(
				count("SELECT count(*) FROM interaction WHERE user_key = ? AND signal = 'VIEW'", "session:" + session))
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM interaction WHERE user_key = ? AND signal = 'ADD_TO_CART'",
				user.toString()))
			.isEqualTo(1);
	}

	@Test
	void aBadBrowsingReportIsRefusedAndRecordsNothing() {
		long before = count("SELECT count(*) FROM interaction");

		assertThat(
				post("/recommendations/events", null, Map.of("type", "VIEW", "productId", UUID.randomUUID())).status())
			.as("no session")
			.isEqualTo(400);
		assertThat(post("/recommendations/events", null,
				Map.of("type", "LIKE", "productId", UUID.randomUUID(), "sessionId", "s1"))
			.status()).as("unknown type").isEqualTo(400);
		assertThat(post("/recommendations/events", null, Map.of("type", "VIEW", "productId", "lamp", "sessionId", "s1"))
			.status()).as("not a product id").isEqualTo(400);
		assertThat(post("/recommendations/events", null, "{not json").status()).isEqualTo(400);
		Reply problem = post("/recommendations/events", null,
				Map.of("type", "VIEW", "productId", UUID.randomUUID(), "sessionId", "has spaces"));
		assertThat(problem.status()).isEqualTo(400);
		assertThat(problem.json().path("errors").get(0).path("field").asString()).isEqualTo("sessionId");

		assertThat(count("SELECT count(*) FROM interaction")).isEqualTo(before);
	}

	@Test
	void aDeletedUsersHistoryIsErasedAndOthersAreKept() {
		UUID product = product("Vase", null);
		UUID deleted = UUID.randomUUID();
		UUID kept = UUID.randomUUID();
		bought(deleted, product);
		bought(kept, product);
		post("/recommendations/events", TestTokens.as(deleted, "CUSTOMER"),
				Map.of("type", "VIEW", "productId", product.toString(), "sessionId", "s-1"));

		String event = UUID.randomUUID().toString();
		publish("user.events", event, UserDeleted.TYPE, deleted.toString(), new UserDeleted(deleted, Instant.now()));
		awaitHandled(event);

		assertThat(count("SELECT count(*) FROM interaction WHERE user_key = ?", deleted.toString())).isZero();
		assertThat(count("SELECT count(*) FROM interaction WHERE user_key = ?", kept.toString())).isEqualTo(1);
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
