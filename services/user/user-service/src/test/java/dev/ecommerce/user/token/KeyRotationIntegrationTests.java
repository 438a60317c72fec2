package dev.ecommerce.user.token;

import java.text.ParseException;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.ecommerce.user.Accounts;
import dev.ecommerce.user.Api;
import dev.ecommerce.user.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRotationIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRotatedKeySignsNewTokensWhileTheOldKeysTokensStayValid() throws ParseException {
		Accounts.Registered admin = this.accounts.register();
		this.jdbc.update("INSERT INTO user_role (user_id, role) VALUES (?, 'ADMIN')", admin.id());
		String before = this.accounts.login(admin).access();
		String oldKid = this.api.get("/.well-known/jwks.json", null).text("/keys/0/kid");

		Api.Reply rotated = this.api.post("/auth/keys/rotate", "", before);

		assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
		String newKid = rotated.text("/kid");
		assertThat(newKid).isNotEqualTo(oldKid);
		Api.Reply jwks = this.api.get("/.well-known/jwks.json", null);
		assertThat(jwks.json().at("/keys").findValuesAsString("kid")).containsExactly(newKid, oldKid);
		assertThat(this.api.get("/auth/me", before).status()).as("a token of the previous key").isEqualTo(200);
		String after = this.accounts.login(admin).access();
		assertThat(kid(after)).isEqualTo(newKid);
		assertThat(this.api.get("/auth/me", after).status()).isEqualTo(200);
	}

	@Test
	void onlyAnAdminRotates() {
		String customer = this.accounts.login(this.accounts.register()).access();

		assertThat(this.api.post("/auth/keys/rotate", "", customer).status()).isEqualTo(403);
		assertThat(this.api.post("/auth/keys/rotate", "", null).status()).isEqualTo(401);
	}

	/** A token's key id, read without verifying the token. */
	private static String kid(String token) throws ParseException {
		return SignedJWT.parse(token).getHeader().getKeyID();
	}

}
