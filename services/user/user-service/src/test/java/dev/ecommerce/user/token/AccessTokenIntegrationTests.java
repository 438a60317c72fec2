package dev.ecommerce.user.token;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.ecommerce.platform.web.security.PlatformSecurityProperties;
import dev.ecommerce.platform.web.security.ResourceServerAutoConfiguration;
import dev.ecommerce.user.Accounts;
import dev.ecommerce.user.Api;
import dev.ecommerce.user.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	SigningKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAccessTokenPassesTheDecoderEveryOtherServiceUses() {
		Accounts.Registered user = this.accounts.register();
		String token = this.accounts.login(user).access();

		Jwt jwt = platformDecoder().decode(token);

		assertThat(jwt.getHeaders()).containsEntry("typ", "at+jwt").containsEntry("alg", "RS256");
		assertThat(jwt.getHeaders().get("kid")).isEqualTo(this.keys.current().getKeyID());
		assertThat(jwt.getSubject()).isEqualTo(user.id().toString());
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
		assertThat(jwt.getId()).isNotBlank();
		assertThat(java.time.Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).hasMinutes(15);
	}

	@Test
	void theJwksPublishesOnlyPublicKeys() {
		Api.Reply jwks = this.api.get("/.well-known/jwks.json", null);

		assertThat(jwks.status()).isEqualTo(200);
		assertThat(jwks.text("/keys/0/kid")).isEqualTo(this.keys.current().getKeyID());
		assertThat(jwks.text("/keys/0/kty")).isEqualTo("RSA");
		assertThat(jwks.json().at("/keys/0/d").isMissingNode()).isTrue();
		assertThat(jwks.json().at("/keys/0/p").isMissingNode()).isTrue();
	}

	@Test
	void theSigningKeyIsKeptInTheDatabaseAndSurvivesARestart() {
		String kid = this.keys.current().getKeyID();

		this.keys.reload();

		assertThat(this.keys.current().getKeyID()).isEqualTo(kid);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM signing_key WHERE kid = ?", Long.class, kid)).isOne();
	}

	@Test
	void forgedOrWrongTokensAreUnauthorized() throws Exception {
		Accounts.Registered user = this.accounts.register();
		Accounts.Tokens tokens = this.accounts.login(user);
		RSAKey key = this.keys.current();
		Map<String, String> forged = Map.of( //
				"alg none", new PlainJWT(claims(user.id(), "http://localhost:8085", "ecommerce", 900)).serialize(),
				"HS256 with the public key", hs256WithPublicKey(user.id()), "expired",
				rs256(key, claims(user.id(), "http://localhost:8085", "ecommerce", -60)), "wrong issuer",
				rs256(key, claims(user.id(), "https://evil.example", "ecommerce", 900)), "wrong audience",
				rs256(key, claims(user.id(), "http://localhost:8085", "other", 900)), "refresh token", tokens.refresh(),
				"tampered payload", tampered(tokens.access()));

		forged.forEach((what, token) -> {
			Api.Reply reply = this.api.get("/auth/me", token);
			assertThat(reply.status()).as(what + ": " + reply).isEqualTo(401);
		});
		assertThat(this.api.get("/auth/me", rs256(key, claims(user.id(), "http://localhost:8085", "ecommerce", 900)))
			.status()).as("the same, rightly made, passes").isEqualTo(200);
	}

	private PlatformSecurityProperties.Jwt platformSettings() {
		return new PlatformSecurityProperties.Jwt(URI.create(this.api.uri("/.well-known/jwks.json")),
				"http://localhost:8085", "ecommerce", "roles");
	}

	private org.springframework.security.oauth2.jwt.JwtDecoder platformDecoder() {
		return ResourceServerAutoConfiguration.jwksDecoder(platformSettings());
	}

	private static JWTClaimsSet claims(UUID subject, String issuer, String audience, long lifetimeSeconds) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().subject(subject.toString())
			.issuer(issuer)
			.audience(audience)
			.claim("roles", List.of("ADMIN"))
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now.minusSeconds(120)))
			.expirationTime(Date.from(now.plusSeconds(lifetimeSeconds)))
			.build();
	}

	private static String rs256(RSAKey key, JWTClaimsSet claims) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
			.type(new JOSEObjectType("at+jwt"))
			.build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private String hs256WithPublicKey(UUID subject) throws Exception {
		byte[] secret = this.keys.current().toPublicJWK().toJSONString().getBytes();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(this.keys.current().getKeyID())
			.type(new JOSEObjectType("at+jwt"))
			.build(), claims(subject, "http://localhost:8085", "ecommerce", 900));
		jwt.sign(new MACSigner(secret));
		return jwt.serialize();
	}

	private static String tampered(String token) {
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
		String admin = payload.replace("\"CUSTOMER\"", "\"ADMIN\"");
		return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(admin.getBytes()) + "."
				+ parts[2];
	}

}
