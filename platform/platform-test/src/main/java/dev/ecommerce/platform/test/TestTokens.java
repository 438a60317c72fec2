package dev.ecommerce.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;

/**
 * Mints access tokens as the user service would, signed by the {@link TestJwks test key},
 * so that a test can call a service as a customer, a seller, an admin or another service.
 * <pre>
 * mockMvc.perform(get("/orders").header("Authorization", TestTokens.customer().bearer()));
 * </pre>
 */
public final class TestTokens {

	/** The issuer every service expects by default. */
	public static final String ISSUER = "http://localhost:8085";

	/** The audience every service expects by default. */
	public static final String AUDIENCE = "ecommerce";

	private TestTokens() {
	}

	public static Token customer() {
		return as(UUID.randomUUID(), "CUSTOMER");
	}

	public static Token seller() {
		return as(UUID.randomUUID(), "SELLER");
	}

	public static Token admin() {
		return as(UUID.randomUUID(), "ADMIN");
	}

	public static Token service() {
		return as(UUID.randomUUID(), "SERVICE");
	}

	public static Token as(UUID userId, String... roles) {
		return builder().subject(userId).roles(roles).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A signed token and the user it stands for.
	 *
	 * @param userId the subject
	 * @param value the compact serialization
	 */
	public record Token(UUID userId, String value) {

		/** The value of an {@code Authorization} header carrying this token. */
		public String bearer() {
			return "Bearer " + this.value;
		}

	}

	/** Builds a token, including the broken ones that security tests need. */
	public static final class Builder {

		private UUID subject = UUID.randomUUID();

		private List<String> roles = List.of("CUSTOMER");

		private String issuer = ISSUER;

		private String audience = AUDIENCE;

		private @Nullable JOSEObjectType type = new JOSEObjectType("at+jwt");

		private Instant issuedAt = Instant.now();

		private Duration lifetime = Duration.ofMinutes(15);

		public Builder subject(UUID subject) {
			this.subject = subject;
			return this;
		}

		public Builder roles(String... roles) {
			this.roles = List.of(roles);
			return this;
		}

		public Builder issuer(String issuer) {
			this.issuer = issuer;
			return this;
		}

		public Builder audience(String audience) {
			this.audience = audience;
			return this;
		}

		public Builder type(@Nullable String type) {
			this.type = (type != null) ? new JOSEObjectType(type) : null;
			return this;
		}

		public Builder issuedAt(Instant issuedAt) {
			this.issuedAt = issuedAt;
			return this;
		}

		public Builder lifetime(Duration lifetime) {
			this.lifetime = lifetime;
			return this;
		}

		public Token build() {
			JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(this.subject.toString())
				.issuer(this.issuer)
				.audience(this.audience)
				.claim("roles", this.roles)
				.jwtID(UUID.randomUUID().toString())
				.issueTime(Date.from(this.issuedAt))
				.expirationTime(Date.from(this.issuedAt.plus(this.lifetime)))
				.build();
			JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TestJwks.get().keyId())
				.type(this.type)
				.build();
			SignedJWT jwt = new SignedJWT(header, claims);
			try {
				jwt.sign(new RSASSASigner(TestJwks.get().privateKey()));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("Could not sign a test token", ex);
			}
			return new Token(this.subject, jwt.serialize());
		}

	}

}
