package dev.ecommerce.e2e;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import dev.ecommerce.devstack.Stack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.e2e.ShopClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper opens an account, signs in, keeps a profile and stays signed in with refresh
 * tokens, all through the gateway, whose access-token checks rest on the user service's
 * published keys.
 */
@ExtendWith(RunningShop.class)
class AccountTests {

	private static final String PASSWORD = "plum-Sideboard-47-lantern";

	@BeforeEach
	void theUserServiceRuns(Stack stack) {
		assertThat(stack.isRunning("user")).as("the user service is built and running").isTrue();
	}

	@Test
	void aShopperRegistersSignsInAndKeepsAProfile(ShopClient shop) {
		String email = "Ada." + UUID.randomUUID() + "@Example.com";

		HttpResponse<String> registered = shop.post("/auth/register",
				"{\"email\":\"  " + email + " \",\"password\":\"" + PASSWORD + "\",\"fullName\":\"Ada Lovelace\"}");
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		JsonNode user = json(registered);
		assertThat(user.path("email").asString()).isEqualTo(email.toLowerCase(Locale.ROOT));
		assertThat(user.path("roles").toString()).isEqualTo("[\"CUSTOMER\"]");
		assertThat(registered.headers().firstValue("Location")).hasValue("/users/" + user.path("id").asString());

		String bearer = shop.bearer(email.toUpperCase(Locale.ROOT), PASSWORD);
		HttpResponse<String> changed = shop.patch("/auth/me",
				"{\"fullName\":\"Ada King\",\"phone\":\"+44 20 7946 0000\",\"roles\":[\"ADMIN\"]}", "Authorization",
				bearer);
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

		JsonNode me = json(shop.get("/auth/me", "Authorization", bearer));
		assertThat(me.path("id").asString()).isEqualTo(user.path("id").asString());
		assertThat(me.path("roles").toString()).as("roles cannot be set on one's own profile")
			.isEqualTo("[\"CUSTOMER\"]");
		assertThat(me.path("fullName").asString()).isEqualTo("Ada King");
		assertThat(me.path("phone").asString()).isEqualTo("+44 20 7946 0000");
		assertThat(shop.get("/users", "Authorization", bearer).statusCode()).isEqualTo(403);
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer(ShopClient shop) {
		HttpResponse<String> wrongPassword = shop.post("/auth/login",
				"{\"email\":\"customer@demo.shop\",\"password\":\"not-the-password-1\"}");
		HttpResponse<String> unknownEmail = shop.post("/auth/login",
				"{\"email\":\"nobody-" + UUID.randomUUID() + "@demo.shop\",\"password\":\"not-the-password-1\"}");

		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(unknownEmail.statusCode()).isEqualTo(401);
		assertThat(json(wrongPassword).path("detail").asString())
			.isEqualTo(json(unknownEmail).path("detail").asString());
		assertThat(json(wrongPassword).path("type").asString()).isEqualTo(json(unknownEmail).path("type").asString());
	}

	@Test
	void aRefreshTokenWorksOnceAndItsReuseEndsTheWholeLogin(ShopClient shop) {
		HttpResponse<String> login = shop.post("/auth/login",
				"{\"email\":\"customer@demo.shop\",\"password\":\"demo-password-1\"}");
		assertThat(login.statusCode()).isEqualTo(200);
		String first = json(login).path("refreshToken").asString();

		HttpResponse<String> refreshed = shop.post("/auth/refresh", "{\"refreshToken\":\"" + first + "\"}");
		assertThat(refreshed.statusCode()).isEqualTo(200);
		String second = json(refreshed).path("refreshToken").asString();
		assertThat(second).isNotEqualTo(first);
		assertThat(shop.get("/auth/me", "Authorization", "Bearer " + json(refreshed).path("accessToken").asString())
			.statusCode()).isEqualTo(200);

		assertThat(shop.post("/auth/refresh", "{\"refreshToken\":\"" + first + "\"}").statusCode())
			.as("a spent refresh token")
			.isEqualTo(401);
		assertThat(shop.post("/auth/refresh", "{\"refreshToken\":\"" + second + "\"}").statusCode())
			.as("the family of a reused token is revoked")
			.isEqualTo(401);
	}

	@Test
	void withoutATokenOrWithAForgedOneTheProfileIsRefused(ShopClient shop) {
		assertThat(shop.get("/auth/me").statusCode()).isEqualTo(401);
		assertThat(shop.get("/auth/me", "Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").statusCode())
			.isEqualTo(401);
	}

	@Test
	void anAdminSeesTheAccounts(ShopClient shop) {
		String admin = shop.bearer("admin@demo.shop", "demo-password-1");

		HttpResponse<String> users = shop.get("/users?size=100", "Authorization", admin);

		assertThat(users.statusCode()).isEqualTo(200);
		assertThat(json(users).path("items").findValuesAsString("email")).contains("admin@demo.shop",
				"seller@demo.shop", "customer@demo.shop");
	}

}
