package dev.ecommerce.platform.web.security;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VerifiedTokensTests {

	private final AtomicInteger decoded = new AtomicInteger();

	private final AtomicBoolean expired = new AtomicBoolean();

	private final OAuth2TokenValidator<Jwt> validator = (jwt) -> this.expired.get()
			? OAuth2TokenValidatorResult
				.failure(new OAuth2Error("invalid_token", "Jwt expired at " + jwt.getExpiresAt(), null))
			: OAuth2TokenValidatorResult.success();

	private final JwtDecoder verifying = (token) -> {
		this.decoded.incrementAndGet();
		if (!token.startsWith("good")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("someone")
			.expiresAt(Instant.parse("2030-01-01T00:00:00Z"))
			.build();
	};

	private final VerifiedTokens tokens = new VerifiedTokens(this.verifying, this.validator);

	@Test
	void aVerifiedTokenIsNotVerifiedAgain() {
		Jwt first = this.tokens.decode("good-1");
		Jwt again = this.tokens.decode("good-1");

		assertThat(again).isSameAs(first);
		assertThat(this.decoded).hasValue(1);
		this.tokens.decode("good-2");
		assertThat(this.decoded).hasValue(2);
	}

	@Test
	void aRememberedTokenIsValidatedOnEveryUseAndForgottenWhenItFails() {
		this.tokens.decode("good-1");
		this.expired.set(true);

		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> this.tokens.decode("good-1"))
			.withMessageContaining("Jwt expired at 2030-01-01T00:00:00Z");
		this.expired.set(false);
		this.tokens.decode("good-1");
		assertThat(this.decoded).hasValue(2);
	}

	@Test
	void aTokenThatFailsIsNotRemembered() {
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.tokens.decode("forged"));
		}

		assertThat(this.decoded).hasValue(2);
	}

}
