package dev.ecommerce.user.auth;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.ecommerce.user.Accounts;
import dev.ecommerce.user.Api;
import dev.ecommerce.user.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleIntegrationTests extends ServiceIntegrationTest {

	private static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private Api.Reply login(String email, String password, String address) {
		return this.api.post("/auth/login", Map.of("email", email, "password", password), null, "X-Forwarded-For",
				address);
	}

	@Test
	void tenFailuresForAnAccountRefuseEvenTheRightPasswordWithRetryAfter() {
		Accounts.Registered user = this.accounts.register();
		for (int i = 0; i < 10; i++) {
			assertThat(login(user.email(), "wrong password " + i, randomAddress()).status()).isEqualTo(401);
		}

		Api.Reply refused = login(user.email().toUpperCase(), Accounts.PASSWORD, randomAddress());

		assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
		assertThat(refused.text("/type")).isEqualTo("https://ecommerce.dev/problems/too-many-requests");
		long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 15 * 60L + 1);
	}

	@Test
	void anUnknownEmailIsThrottledLikeAKnownOne() {
		String email = Accounts.newEmail();
		for (int i = 0; i < 10; i++) {
			assertThat(login(email, "wrong password " + i, randomAddress()).status()).isEqualTo(401);
		}

		assertThat(login(email, Accounts.PASSWORD, randomAddress()).status()).isEqualTo(429);
	}

	@Test
	void successfulLoginsDoNotCount() {
		Accounts.Registered user = this.accounts.register();
		for (int i = 0; i < 12; i++) {
			assertThat(login(user.email(), Accounts.PASSWORD, randomAddress()).status()).isEqualTo(200);
		}
	}

	@Test
	void fiftyFailuresFromOneAddressRefuseItButNotOthers() {
		String address = randomAddress();
		Accounts.Registered user = this.accounts.register();
		for (int i = 0; i < 50; i++) {
			assertThat(login(Accounts.newEmail(), "wrong password", address).status()).isEqualTo(401);
		}

		assertThat(login(user.email(), Accounts.PASSWORD, address).status()).isEqualTo(429);
		assertThat(login(user.email(), Accounts.PASSWORD, randomAddress()).status()).isEqualTo(200);
	}

}
