package dev.ecommerce.platform.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestTokensTests {

	@Test
	void aMintedTokenVerifiesWithTheKeyPublishedAtTheJwksUri() throws Exception {
		TestTokens.Token token = TestTokens.seller();
		HttpResponse<String> jwks = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(TestJwks.get().uri())).build(),
					HttpResponse.BodyHandlers.ofString());
		RSAKey key = JWKSet.parse(jwks.body()).getKeys().get(0).toRSAKey();

		SignedJWT jwt = SignedJWT.parse(token.value());

		assertThat(key.isPrivate()).isFalse();
		assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
		assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(token.userId().toString());
		assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).isEqualTo(List.of("SELLER"));
		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(TestTokens.ISSUER);
		assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly(TestTokens.AUDIENCE);
		assertThat(token.bearer()).startsWith("Bearer ");
	}

}
