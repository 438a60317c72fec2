package dev.ecommerce.user.account;

import java.util.List;
import java.util.Map;

import dev.ecommerce.user.Accounts;
import dev.ecommerce.user.Api;
import dev.ecommerce.user.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	private static Map<String, Object> address(String line1, boolean isDefault) {
		return Map.of("label", "home", "line1", line1, "city", "London", "postalCode", "N1 9GU", "country", "GB",
				"isDefault", isDefault);
	}

	@Test
	void theNamePhoneAndAddressBookChangeButNotTheRolesIdOrEmail() {
		Accounts.Registered user = this.accounts.register();
		String token = this.accounts.login(user).access();

		Api.Reply reply = this.api.put("/auth/me",
				Map.of("fullName", "Ada King", "phone", "+44 20 7946 0000", "addresses",
						List.of(address("1 Main Street", false), address("2 High Street", false)), "roles",
						List.of("ADMIN"), "id", "00000000-0000-0000-0000-000000000000", "email", "other@example.com"),
				token);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		Api.Reply me = this.api.get("/auth/me", token);
		assertThat(me.text("/fullName")).isEqualTo("Ada King");
		assertThat(me.text("/phone")).isEqualTo("+44 20 7946 0000");
		assertThat(me.text("/addresses/0/line1")).isEqualTo("1 Main Street");
		assertThat(me.json().at("/addresses/0/isDefault").asBoolean()).as("the first is the default").isTrue();
		assertThat(me.json().at("/addresses/1/isDefault").asBoolean()).isFalse();
		assertThat(me.json().at("/roles").toString()).isEqualTo("[\"CUSTOMER\"]");
		assertThat(me.text("/id")).isEqualTo(user.id().toString());
		assertThat(me.text("/email")).isEqualTo(user.email());
		String event = this.jdbc.queryForObject(
				"SELECT payload::text FROM outbox_event WHERE subject = ? AND type = 'dev.ecommerce.user.UserUpdated.v1'",
				String.class, user.id().toString());
		assertThat(Api.json.readTree(event).path("fullName").asString()).isEqualTo("Ada King");
		assertThat(Api.json.readTree(event).path("phone").asString()).isEqualTo("+44 20 7946 0000");
	}

	@Test
	void badProfilesAreRefusedAndChangeNothing() {
		Accounts.Registered user = this.accounts.register();
		String token = this.accounts.login(user).access();

		Api.Reply twoDefaults = this.api.put("/auth/me", Map.of("fullName", "Ada King", "addresses",
				List.of(address("1 Main Street", true), address("2 High Street", true))), token);
		Api.Reply badFields = this.api.put("/auth/me",
				Map.of("fullName", "", "phone", "call me", "addresses", List.of(Map.of("country", "England"))), token);

		assertThat(twoDefaults.status()).as(twoDefaults.toString()).isEqualTo(400);
		assertThat(badFields.status()).as(badFields.toString()).isEqualTo(400);
		assertThat(badFields.json().at("/errors").findValuesAsString("field")).as(badFields.toString())
			.contains("fullName", "phone", "addresses[0].country", "addresses[0].line1");
		assertThat(this.api.get("/auth/me", token).text("/fullName")).isEqualTo("Ada Lovelace");
	}

	@Test
	void aPasswordChangeNeedsTheCurrentOneAndEndsEveryLogin() {
		Accounts.Registered user = this.accounts.register();
		Accounts.Tokens tokens = this.accounts.login(user);
		String newPassword = "a fresh and quite unguessable passphrase";

		Api.Reply wrong = this.api.put("/auth/me/password",
				Map.of("currentPassword", "not my password", "newPassword", newPassword), tokens.access());
		Api.Reply weak = this.api.put("/auth/me/password",
				Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "password1"), tokens.access());
		Api.Reply changed = this.api.put("/auth/me/password",
				Map.of("currentPassword", Accounts.PASSWORD, "newPassword", newPassword), tokens.access());

		assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
		assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
		assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
		assertThat(this.api.post("/auth/refresh", Map.of("refreshToken", tokens.refresh()), null).status())
			.isEqualTo(401);
		assertThat(this.api.post("/auth/login", Map.of("email", user.email(), "password", Accounts.PASSWORD), null)
			.status()).isEqualTo(401);
		this.accounts.login(user.email(), newPassword);
	}

	@Test
	void closingTheAccountErasesPersonalDataEndsLoginsAndTellsOtherServices() {
		Accounts.Registered user = this.accounts.register();
		Accounts.Tokens tokens = this.accounts.login(user);
		this.api.put("/auth/me", Map.of("fullName", "Ada King", "phone", "+44 20 7946 0000", "addresses",
				List.of(address("1 Main Street", true))), tokens.access());

		assertThat(this.api.delete("/auth/me", tokens.access()).status()).isEqualTo(204);

		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT email, password_hash, full_name, phone, status FROM users WHERE id = ?", user.id());
		assertThat(row.get("email")).isNull();
		assertThat(row.get("password_hash")).isNull();
		assertThat(row.get("full_name")).isEqualTo("");
		assertThat(row.get("phone")).isNull();
		assertThat(row.get("status")).isEqualTo("DELETED");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM user_address WHERE user_id = ?", Long.class, user.id()))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM outbox_event WHERE subject = ? AND type = 'dev.ecommerce.user.UserDeleted.v1'",
				Long.class, user.id().toString()))
			.isOne();
		assertThat(this.api.post("/auth/refresh", Map.of("refreshToken", tokens.refresh()), null).status())
			.isEqualTo(401);
		assertThat(this.api.get("/auth/me", tokens.access()).status()).isEqualTo(404);
		assertThat(this.api.post("/auth/login", Map.of("email", user.email(), "password", Accounts.PASSWORD), null)
			.status()).isEqualTo(401);
		// the email is free again
		assertThat(this.api
			.post("/auth/register", Map.of("email", user.email(), "password", Accounts.PASSWORD, "fullName", "Ada"),
					null)
			.status()).isEqualTo(201);
	}

	@Test
	void aMergePatchChangesOnlyWhatItNamesAndIgnoresRolesIdAndEmail() {
		Accounts.Registered user = this.accounts.register();
		String token = this.accounts.login(user).access();
		this.api.put("/auth/me", Map.of("fullName", "Ada King", "phone", "+44 20 7946 0000", "addresses",
				List.of(address("1 Main Street", true))), token);

		Api.Reply patched = this.api.patch("/auth/me",
				"{\"phone\": null, \"roles\": [\"ADMIN\"], \"email\": \"x@example.com\"}", token);

		assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
		assertThat(patched.json().at("/phone").isNull()).isTrue();
		assertThat(patched.text("/fullName")).isEqualTo("Ada King");
		assertThat(patched.text("/addresses/0/line1")).isEqualTo("1 Main Street");
		assertThat(patched.json().at("/roles").toString()).isEqualTo("[\"CUSTOMER\"]");
		assertThat(patched.text("/email")).isEqualTo(user.email());
		Api.Reply invalid = this.api.patch("/auth/me", Map.of("fullName", ""), token);
		assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
		assertThat(invalid.text("/errors/0/field")).isEqualTo("fullName");
		assertThat(this.api.patch("/auth/me", "[1]", token).status()).isEqualTo(400);
		assertThat(this.api.patch("/auth/me", Map.of("addresses", "home"), token).status()).isEqualTo(400);
		assertThat(this.api.get("/auth/me", token).text("/fullName")).isEqualTo("Ada King");
	}

	@Test
	void aStaleIfMatchIsAPreconditionFailure() {
		Accounts.Registered user = this.accounts.register();
		String token = this.accounts.login(user).access();
		String etag = this.api.get("/auth/me", token).header("ETag").orElseThrow();
		Map<String, Object> profile = Map.of("fullName", "Ada King", "addresses", List.of());

		Api.Reply updated = this.api.put("/auth/me", profile, token, "If-Match", etag);
		Api.Reply stale = this.api.put("/auth/me", Map.of("fullName", "Ada B", "addresses", List.of()), token,
				"If-Match", etag);

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
		assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
		assertThat(this.api.get("/auth/me", token).text("/fullName")).isEqualTo("Ada King");
	}

	@Test
	void theProfileNeedsAToken() {
		assertThat(this.api.get("/auth/me", null).status()).isEqualTo(401);
		assertThat(this.api.delete("/auth/me", null).status()).isEqualTo(401);
	}

}
