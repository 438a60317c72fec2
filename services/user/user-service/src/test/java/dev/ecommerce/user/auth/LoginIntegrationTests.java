package dev.ecommerce.user.auth;

import java.util.Map;

import dev.ecommerce.user.Accounts;
import dev.ecommerce.user.Api;
import dev.ecommerce.user.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class LoginIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loginAnswersABearerPairAndTheAccessTokenOpensTheProfile() {
		Accounts.Registered user = this.accounts.register();

		Api.Reply reply = this.api.post("/auth/login",
				Map.of("email", " " + user.email().toUpperCase(), "password", Accounts.PASSWORD), null);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.text("/tokenType")).isEqualTo("Bearer");
		assertThat(reply.json().at("/expiresIn").asLong()).isEqualTo(900);
		assertThat(reply.text("/refreshToken")).isNotBlank();
		assertThat(reply.header("Cache-Control")).contains("no-store");
		Api.Reply me = this.api.get("/auth/me", reply.text("/accessToken"));
		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		assertThat(me.text("/id")).isEqualTo(user.id().toString());
		assertThat(me.text("/email")).isEqualTo(user.email());
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailGetTheSameReply() {
		Accounts.Registered user = this.accounts.register();

		Api.Reply wrongPassword = this.api.post("/auth/login",
				Map.of("email", user.email(), "password", "not the password at all"), null);
		Api.Reply unknownEmail = this.api.post("/auth/login",
				Map.of("email", Accounts.newEmail(), "password", Accounts.PASSWORD), null);

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownEmail.status()).isEqualTo(401);
		for (String member : new String[] { "/type", "/title", "/status", "/detail" }) {
			assertThat(wrongPassword.text(member)).isEqualTo(unknownEmail.text(member));
		}
	}

	@Test
	void aDisabledUserCannotLogInNorRefresh() {
		Accounts.Registered user = this.accounts.register();
		Accounts.Tokens tokens = this.accounts.login(user);

		this.jdbc.update("UPDATE users SET status = 'DISABLED' WHERE id = ?", user.id());

		assertThat(this.api.post("/auth/login", Map.of("email", user.email(), "password", Accounts.PASSWORD), null)
			.status()).isEqualTo(401);
		assertThat(this.api.post("/auth/refresh", Map.of("refreshToken", tokens.refresh()), null).status())
			.isEqualTo(401);
	}

	@Test
	void aRefreshRotatesTheTokenAndTheSpentOneStopsWorking() {
		Accounts.Tokens tokens = this.accounts.login(this.accounts.register());

		Api.Reply refreshed = this.api.post("/auth/refresh", Map.of("refreshToken", tokens.refresh()), null);

		assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
		assertThat(refreshed.text("/refreshToken")).isNotEqualTo(tokens.refresh());
		assertThat(this.api.get("/auth/me", refreshed.text("/accessToken")).status()).isEqualTo(200);
		Api.Reply again = this.api.post("/auth/refresh", Map.of("refreshToken", tokens.refresh()), null);
		assertThat(again.status()).as(again.toString()).isEqualTo(401);
	}

	@Test
	void reusingASpentRefreshTokenRevokesTheWholeLogin() {
		Accounts.Registered user = this.accounts.register();
		Accounts.Tokens stolen = this.accounts.login(user);
		Accounts.Tokens otherLogin = this.accounts.login(user);
		String next = this.api.post("/auth/refresh", Map.of("refreshToken", stolen.refresh()), null)
			.text("/refreshToken");

		assertThat(this.api.post("/auth/refresh", Map.of("refreshToken", stolen.refresh()), null).status())
			.isEqualTo(401);

		assertThat(this.api.post("/auth/refresh", Map.of("refreshToken", next), null).status()).isEqualTo(401);
		assertThat(this.api.post("/auth/refresh", Map.of("refreshToken", otherLogin.refresh()), null).status())
			.as("another login of the same user goes on")
			.isEqualTo(200);
	}

	@Test
	void logoutRevokesTheRefreshToken() {
		Accounts.Tokens tokens = this.accounts.login(this.accounts.register());

		assertThat(this.api.post("/auth/logout", Map.of("refreshToken", tokens.refresh()), null).status())
			.isEqualTo(204);

		assertThat(this.api.post("/auth/refresh", Map.of("refreshToken", tokens.refresh()), null).status())
			.isEqualTo(401);
	}

	@Test
	void refreshTokensAreStoredOnlyAsHashes() throws Exception {
		Accounts.Tokens tokens = this.accounts.login(this.accounts.register());

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM refresh_token WHERE token_hash = ?", Long.class,
				tokens.refresh()))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM refresh_token WHERE token_hash = ?", Long.class,
				sha256(tokens.refresh())))
			.isOne();
	}

	private static String sha256(String text) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	@Test
	void badLoginAndRefreshBodiesAreRefusedWithProblems() {
		assertThat(this.api.post("/auth/login", Map.of("email", ""), null).status()).isEqualTo(400);
		assertThat(this.api.post("/auth/refresh", Map.of(), null).status()).isEqualTo(400);
		assertThat(this.api.post("/auth/refresh", Map.of("refreshToken", "made-up"), null).status()).isEqualTo(401);
		assertThat(this.api.post("/auth/logout", "[]", null).status()).isEqualTo(400);
	}

}
