package dev.ecommerce.user.account;

import java.util.Map;

import dev.ecommerce.user.Accounts;
import dev.ecommerce.user.Api;
import dev.ecommerce.user.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordResetIntegrationTests extends ServiceIntegrationTest {

	private static final String NEW_PASSWORD = "a brand new and unguessable passphrase";

	@Autowired
	JdbcTemplate jdbc;

	private String requestToken(Accounts.Registered user) {
		assertThat(
				this.api.post("/auth/password-reset", Map.of("email", " " + user.email().toUpperCase()), null).status())
			.isEqualTo(202);
		String payload = this.jdbc.queryForObject(
				"SELECT payload::text FROM outbox_event WHERE subject = ? AND type = 'dev.ecommerce.user.PasswordResetRequested.v1' ORDER BY sequence DESC LIMIT 1",
				String.class, user.id().toString());
		assertThat(Api.json.readTree(payload).path("email").asString()).isEqualTo(user.email());
		return Api.json.readTree(payload).path("token").asString();
	}

	private Api.Reply confirm(String token, String password) {
		return this.api.post("/auth/password-reset/confirm", Map.of("token", token, "newPassword", password), null);
	}

	@Test
	void theMailedTokenSetsANewPasswordOnceAndEndsEveryLogin() {
		Accounts.Registered user = this.accounts.register();
		Accounts.Tokens tokens = this.accounts.login(user);
		String token = requestToken(user);

		Api.Reply reply = confirm(token, NEW_PASSWORD);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
		this.accounts.login(user.email(), NEW_PASSWORD);
		assertThat(this.api.post("/auth/refresh", Map.of("refreshToken", tokens.refresh()), null).status())
			.isEqualTo(401);
		Api.Reply again = confirm(token, "yet another unguessable passphrase");
		assertThat(again.status()).as(again.toString()).isEqualTo(400);
		assertThat(again.text("/errors/0/field")).isEqualTo("token");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM password_reset WHERE token_hash = ?", Long.class, token))
			.isZero();
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAndNothingIsSent() {
		String email = Accounts.newEmail();

		assertThat(this.api.post("/auth/password-reset", Map.of("email", email), null).status()).isEqualTo(202);

		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM outbox_event WHERE type = 'dev.ecommerce.user.PasswordResetRequested.v1' AND payload->>'email' = ?",
				Long.class, email))
			.isZero();
	}

	@Test
	void anExpiredMadeUpOrWeakResetIsRefusedAndChangesNothing() {
		Accounts.Registered user = this.accounts.register();
		String token = requestToken(user);

		assertThat(confirm(token, "password1").status()).isEqualTo(400);
		assertThat(confirm("made-up-token", NEW_PASSWORD).status()).isEqualTo(400);
		this.jdbc.update("UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE user_id = ?",
				user.id());
		assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(400);
		this.accounts.login(user);
		assertThat(this.api.post("/auth/password-reset", Map.of(), null).status()).isEqualTo(400);
	}

}
