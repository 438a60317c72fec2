package dev.ecommerce.user.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import dev.ecommerce.platform.web.security.PlatformSecurityProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens as every service's resource server expects them (RFC 9068): RS256,
 * {@code typ at+jwt}, the configured {@code iss} and {@code aud}, the user as
 * {@code sub}, its roles, a {@code jti}, and a short life.
 */
@Component
public class AccessTokens {

	private final SigningKeys keys;

	private final PlatformSecurityProperties.Jwt jwt;

	private final TokenProperties properties;

	private final Clock clock;

	AccessTokens(SigningKeys keys, PlatformSecurityProperties security, TokenProperties properties, Clock clock) {
		this.keys = keys;
		this.jwt = security.jwt();
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Signs an access token.
	 * @param subject the user's (or service's) id
	 * @param roles what it may do
	 * @return the token and its lifetime
	 */
	public AccessToken issue(UUID subject, Collection<String> roles) {
		return issue(subject, roles, null);
	}

	/**
	 * Signs an access token for a client of the client-credentials grant.
	 * @param subject the client's id as a UUID
	 * @param roles what it may do
	 * @param clientId the client's id, as the {@code client_id} claim (RFC 9068)
	 * @return the token and its lifetime
	 */
	public AccessToken issue(UUID subject, Collection<String> roles, @Nullable String clientId) {
		Instant now = this.clock.instant();
		var key = this.keys.current();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("at+jwt").keyId(key.getKeyID()).build();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.jwt.issuer())
			.audience(List.of(this.jwt.audience()))
			.subject(subject.toString())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.accessLifetime()))
			.id(UUID.randomUUID().toString())
			.claim(this.jwt.rolesClaim(), List.copyOf(roles))
			.claims((all) -> {
				if (clientId != null) {
					all.put("client_id", clientId);
				}
			})
			.build();
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
		String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new AccessToken(value, this.properties.accessLifetime().toSeconds());
	}

	/**
	 * A signed access token.
	 *
	 * @param value the compact JWT
	 * @param expiresIn seconds until it expires
	 */
	public record AccessToken(String value, long expiresIn) {

		@Override
		public String toString() {
			return "AccessToken[expiresIn=" + this.expiresIn + "]";
		}

	}

}
