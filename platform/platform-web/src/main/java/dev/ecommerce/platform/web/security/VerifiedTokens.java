package dev.ecommerce.platform.web.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A {@link JwtDecoder} that remembers the tokens whose signature it has verified, for a
 * while: the same token arrives on every call of a signed-in shopper or of a service (the
 * checkout's SERVICE token on each of its calls), and parsing it and checking its RSA
 * signature was a tenth of a service's CPU per request. A remembered token is still
 * validated on every use (expiry, issuer, audience...), so it is refused the moment it
 * expires. Only tokens that passed are remembered; what fails is decoded afresh each
 * time.
 * <p>
 * A token stays remembered for at most {@link #REMEMBERED}, the time for which the
 * decoder's key source keeps the key set anyway, so a key withdrawn from the key set is
 * not trusted for longer than it was before.
 */
final class VerifiedTokens implements JwtDecoder {

	/** As long as Nimbus's {@code JWKSourceBuilder} caches a key set by default. */
	static final Duration REMEMBERED = Duration.ofMinutes(5);

	private static final int MAXIMUM = 2_000;

	private final JwtDecoder decoder;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Cache<String, Jwt> verified;

	/**
	 * @param decoder checks a token's signature and validates it
	 * @param validator the same validation, run again each time a remembered token is
	 * used
	 */
	VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator) {
		this.decoder = decoder;
		this.validator = validator;
		this.verified = Caffeine.newBuilder().maximumSize(MAXIMUM).expireAfterWrite(REMEMBERED).build();
	}

	@Override
	public Jwt decode(String token) {
		Jwt remembered = this.verified.getIfPresent(token);
		if (remembered == null) {
			Jwt jwt = this.decoder.decode(token);
			this.verified.put(token, jwt);
			return jwt;
		}
		OAuth2TokenValidatorResult result = this.validator.validate(remembered);
		if (result.hasErrors()) {
			this.verified.invalidate(token);
			OAuth2Error first = result.getErrors().iterator().next();
			throw new JwtValidationException(
					"An error occurred while attempting to decode the Jwt: " + first.getDescription(),
					result.getErrors());
		}
		return remembered;
	}

}
