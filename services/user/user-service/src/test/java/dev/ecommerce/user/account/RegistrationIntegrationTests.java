package dev.ecommerce.user.account;

import java.util.Map;

import dev.ecommerce.user.Accounts;
import dev.ecommerce.user.Api;
import dev.ecommerce.user.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void registrationNormalisesTheEmailAndMakesACustomer() {
		String email = Accounts.newEmail();
		Api.Reply reply = this.api.post("/auth/register", Map.of("email", "  " + email.toUpperCase() + " ", "password",
				Accounts.PASSWORD, "fullName", " Ada Lovelace "), null);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.text("/email")).isEqualTo(email);
		assertThat(reply.text("/fullName")).isEqualTo("Ada Lovelace");
		assertThat(reply.json().at("/roles").toString()).isEqualTo("[\"CUSTOMER\"]");
		assertThat(reply.json().at("/createdAt").isMissingNode()).isFalse();
		assertThat(reply.json().has("password")).isFalse();
		assertThat(reply.header("Location")).contains("/users/" + reply.text("/id"));
	}

	@Test
	void aTakenEmailInAnotherCaseIsAConflictAndCreatesNothing() {
		Accounts.Registered user = this.accounts.register();

		Api.Reply reply = this.api.post("/auth/register",
				Map.of("email", user.email().toUpperCase(), "password", Accounts.PASSWORD, "fullName", "Someone Else"),
				null);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM users WHERE email = ?", Long.class, user.email()))
			.isOne();
	}

	@Test
	void commonGuessableOrWrongLengthPasswordsAreRefusedWithTheFieldNamed() {
		for (String password : new String[] { "password123", "sunshine2024", "qwertyuiop", "short", "a".repeat(129) }) {
			String email = Accounts.newEmail();
			Api.Reply reply = this.api.post("/auth/register",
					Map.of("email", email, "password", password, "fullName", "Ada Lovelace"), null);

			assertThat(reply.status()).as(password + " " + reply).isEqualTo(400);
			assertThat(reply.text("/errors/0/field")).isEqualTo("password");
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM users WHERE email = ?", Long.class, email))
				.isZero();
		}
	}

	@Test
	void aPasswordMadeOfTheEmailIsRefused() {
		String email = Accounts.newEmail();
		Api.Reply reply = this.api.post("/auth/register",
				Map.of("email", email, "password", email, "fullName", "Ada Lovelace"), null);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
	}

	@Test
	void missingOrMalformedFieldsAreRefusedWithEachFieldNamed() {
		Api.Reply reply = this.api.post("/auth/register", Map.of("email", "not an email", "fullName", " "), null);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.json().at("/errors").findValuesAsString("field")).contains("email", "password", "fullName");
		assertThat(this.api.post("/auth/register", "{", null).status()).isEqualTo(400);
	}

	@Test
	void passwordsAreStoredAsArgon2idAtOrAboveOwaspParameters() {
		Accounts.Registered user = this.accounts.register();

		String hash = this.jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, user.id());

		// $argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>
		String[] parts = hash.split("\\$");
		assertThat(parts[1]).isEqualTo("argon2id");
		Map<String, Integer> parameters = new java.util.HashMap<>();
		for (String parameter : parts[3].split(",")) {
			String[] pair = parameter.split("=");
			parameters.put(pair[0], Integer.parseInt(pair[1]));
		}
		assertThat(parameters.get("m")).isGreaterThanOrEqualTo(19 * 1024);
		assertThat(parameters.get("t")).isGreaterThanOrEqualTo(2);
		assertThat(parameters.get("p")).isGreaterThanOrEqualTo(1);
		assertThat(hash).doesNotContain(Accounts.PASSWORD);
	}

	@Test
	void registrationPublishesUserRegistered() {
		Accounts.Registered user = this.accounts.register();

		String payload = this.jdbc.queryForObject(
				"SELECT payload::text FROM outbox_event WHERE subject = ? AND type = 'dev.ecommerce.user.UserRegistered.v1'",
				String.class, user.id().toString());
		assertThat(Api.json.readTree(payload).path("email").asString()).isEqualTo(user.email());
		assertThat(Api.json.readTree(payload).path("fullName").asString()).isEqualTo("Ada Lovelace");
	}

}
