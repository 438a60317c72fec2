package dev.ecommerce.user;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registers users and logs them in through the API; each one has an email of its own.
 */
public final class Accounts {

	/** A password that zxcvbn finds strong enough. */
	public static final String PASSWORD = "correct horse battery staple";

	private final Api api;

	Accounts(Api api) {
		this.api = api;
	}

	public static String newEmail() {
		return "user-" + UUID.randomUUID() + "@example.com";
	}

	/** Registers a new customer and answers its id. */
	public Registered register() {
		String email = newEmail();
		Api.Reply reply = this.api.post("/auth/register",
				Map.of("email", email, "password", PASSWORD, "fullName", "Ada Lovelace"), null);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return new Registered(UUID.fromString(reply.text("/id")), email);
	}

	/** Logs in and answers the reply's {@code accessToken} and {@code refreshToken}. */
	public Tokens login(String email, String password) {
		Api.Reply reply = this.api.post("/auth/login", Map.of("email", email, "password", password), null);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return new Tokens(reply.text("/accessToken"), reply.text("/refreshToken"));
	}

	public Tokens login(Registered user) {
		return login(user.email(), PASSWORD);
	}

	public record Registered(UUID id, String email) {

	}

	public record Tokens(String access, String refresh) {

	}

}
