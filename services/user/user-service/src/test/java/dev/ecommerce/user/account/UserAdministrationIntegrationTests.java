package dev.ecommerce.user.account;

import java.util.List;
import java.util.Map;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.user.Accounts;
import dev.ecommerce.user.Api;
import dev.ecommerce.user.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class UserAdministrationIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	private String admin() {
		Accounts.Registered admin = this.accounts.register();
		this.jdbc.update("INSERT INTO user_role (user_id, role) VALUES (?, 'ADMIN')", admin.id());
		return this.accounts.login(admin).access();
	}

	@Test
	void anAdminFindsUsersByEmail() {
		String admin = admin();
		Accounts.Registered user = this.accounts.register();

		Api.Reply page = this.api.get("/users?email=" + user.email().toUpperCase() + "&size=5", admin);

		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.json().at("/totalItems").asLong()).isOne();
		assertThat(page.text("/items/0/id")).isEqualTo(user.id().toString());
		assertThat(this.api.get("/users?size=101", admin).status()).isEqualTo(400);
		assertThat(this.api.get("/users?sort=password", admin).status()).isEqualTo(400);
		assertThat(this.api.get("/users/" + user.id(), admin).text("/email")).isEqualTo(user.email());
	}

	@Test
	void anAdminChangesRolesWhichTheNextTokenCarries() {
		String admin = admin();
		Accounts.Registered user = this.accounts.register();
		Accounts.Tokens tokens = this.accounts.login(user);

		Api.Reply reply = this.api.put("/users/" + user.id() + "/roles", Map.of("roles", List.of("SELLER", "CUSTOMER")),
				admin);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().at("/roles").toString()).isEqualTo("[\"CUSTOMER\",\"SELLER\"]");
		String refreshed = this.api.post("/auth/refresh", Map.of("refreshToken", tokens.refresh()), null)
			.text("/accessToken");
		assertThat(this.api.get("/auth/me", refreshed).json().at("/roles").toString())
			.isEqualTo("[\"CUSTOMER\",\"SELLER\"]");
		assertThat(this.api.put("/users/" + user.id() + "/roles", Map.of("roles", List.of("SERVICE")), admin).status())
			.isEqualTo(400);
		assertThat(this.api.put("/users/" + user.id() + "/roles", Map.of("roles", List.of("KING")), admin).status())
			.isEqualTo(400);
		assertThat(this.api.put("/users/" + user.id() + "/roles", Map.of("roles", List.of()), admin).status())
			.isEqualTo(400);
	}

	@Test
	void aDisabledUserCannotLogInAndItsLoginsEnd() {
		String admin = admin();
		Accounts.Registered user = this.accounts.register();
		Accounts.Tokens tokens = this.accounts.login(user);

		Api.Reply reply = this.api.post("/users/" + user.id() + "/disable", Map.of(), admin);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().at("/enabled").asBoolean()).isFalse();
		assertThat(this.api.post("/users/" + user.id() + "/disable", Map.of(), admin).status()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM outbox_event WHERE subject = ? AND type = 'dev.ecommerce.user.UserUpdated.v1' AND payload->>'enabled' = 'false'",
				Long.class, user.id().toString()))
			.as("disabling twice is announced once")
			.isOne();
		assertThat(this.api.post("/auth/refresh", Map.of("refreshToken", tokens.refresh()), null).status())
			.isEqualTo(401);
		assertThat(this.api.post("/auth/login", Map.of("email", user.email(), "password", Accounts.PASSWORD), null)
			.status()).isEqualTo(401);
	}

	@Test
	void aCustomerIsForbiddenAdminCallsAndFindsNoOtherUser() {
		Accounts.Registered customer = this.accounts.register();
		Accounts.Registered other = this.accounts.register();
		String token = this.accounts.login(customer).access();

		assertThat(this.api.get("/users", token).status()).isEqualTo(403);
		assertThat(this.api.put("/users/" + other.id() + "/roles", Map.of("roles", List.of("ADMIN")), token).status())
			.isEqualTo(403);
		assertThat(this.api.post("/users/" + other.id() + "/disable", Map.of(), token).status()).isEqualTo(403);
		assertThat(this.api.get("/users/" + other.id(), token).status()).isEqualTo(404);
		assertThat(this.api.get("/users/" + customer.id(), token).status()).isEqualTo(200);
	}

	@Test
	void unknownUsersAreNotFound() {
		String admin = admin();

		assertThat(this.api.get("/users/" + java.util.UUID.randomUUID(), admin).status()).isEqualTo(404);
		assertThat(this.api.get("/users/not-a-uuid", admin).status()).isEqualTo(400);
		assertThat(this.api.post("/users/" + java.util.UUID.randomUUID() + "/disable", Map.of(), admin).status())
			.isEqualTo(404);
	}

	@Test
	void tokensOfAnotherIssuerAreRefusedEvenWithTheAdminRole() {
		assertThat(this.api.get("/users", TestTokens.admin().value()).status()).isEqualTo(401);
	}

}
