package dev.ecommerce.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import dev.ecommerce.platform.test.TestJwks;
import dev.ecommerce.platform.test.TestTokens;

import static dev.ecommerce.platform.web.ProblemDetailsIntegrationTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityIntegrationTests extends HttpTests {

	@Test
	void noTokenIsA401ThatAsksForABearerToken() {
		Reply reply = get("/things?size=1");

		assertProblem(reply, 401, "unauthorized");
		assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
	}

	@Test
	void aValidTokenIsAccepted() {
		assertThat(get("/things?size=1", "Authorization", TestTokens.customer().bearer()).status()).isEqualTo(200);
	}

	@Test
	void anExpiredTokenIsA401() {
		String token = TestTokens.builder()
			.issuedAt(Instant.now().minus(Duration.ofHours(2)))
			.lifetime(Duration.ofMinutes(15))
			.build()
			.bearer();

		assertRefused(token);
	}

	@Test
	void aTokenOfAnotherIssuerIsA401() {
		assertRefused(TestTokens.builder().issuer("https://evil.example").build().bearer());
	}

	@Test
	void aTokenForAnotherAudienceIsA401() {
		assertRefused(TestTokens.builder().audience("another-system").build().bearer());
	}

	@Test
	void aTokenThatIsNotAnAccessTokenIsA401() {
		assertRefused(TestTokens.builder().type("JWT").build().bearer());
		assertRefused(TestTokens.builder().type(null).build().bearer());
	}

	@Test
	void anUnsignedTokenIsA401() throws Exception {
		PlainJWT unsigned = new PlainJWT(claims());

		assertRefused("Bearer " + unsigned.serialize());
	}

	@Test
	void aTokenSignedWithThePublicKeyAsAnHmacSecretIsA401() throws Exception {
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestJwks.get().keyId())
			.type(new com.nimbusds.jose.JOSEObjectType("at+jwt"))
			.build(), claims());
		byte[] secret = TestJwks.get().publicKey().toRSAPublicKey().getEncoded();
		forged.sign(new MACSigner(secret));

		assertRefused("Bearer " + forged.serialize());
	}

	@Test
	void aTamperedTokenIsA401() {
		String[] parts = TestTokens.customer().value().split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("CUSTOMER", "ADMIN");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
				+ "." + parts[2];

		assertRefused("Bearer " + tampered);
	}

	@Test
	void aRoleThatMayNotIsA403() {
		Reply reply = get("/admin/things", "Authorization", TestTokens.customer().bearer());

		assertProblem(reply, 403, "forbidden");
	}

	@Test
	void theRightRoleMay() {
		assertThat(get("/admin/things", "Authorization", TestTokens.admin().bearer()).body()).isEqualTo("secret");
	}

	@Test
	void publicPathsAndHealthNeedNoToken() {
		assertThat(get("/public/hello").status()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness").status()).isEqualTo(200);
		assertThat(get("/v3/api-docs").json().get("components").get("securitySchemes").has("bearer-jwt")).isTrue();
		assertThat(get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void requestsAreObservedWholeWithoutAnObservationPerSecurityStep() {
		get("/things?size=1", "Authorization", TestTokens.customer().bearer());
		get("/admin/things", "Authorization", TestTokens.customer().bearer());

		String metrics = get("/actuator/prometheus").body();
		assertThat(metrics).contains("http_server_requests_seconds_count").doesNotContain("spring_security_");
	}

	@Test
	void theSameTokenIsAcceptedAgainAndAnotherRoleStillMayNot() {
		String customer = TestTokens.customer().bearer();
		for (int i = 0; i < 3; i++) {
			assertThat(get("/things?size=1", "Authorization", customer).status()).isEqualTo(200);
			assertProblem(get("/admin/things", "Authorization", customer), 403, "forbidden");
		}
	}

	@Test
	void aTokenHeaderWithAControlCharacterIsRefusedByTheFirewall() throws IOException {
		// U+0085 (next line) is a control character; HTTP allows its byte in a header
		String request = "GET /things?size=1 HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
				+ TestTokens.customer().bearer() + "\u0085\r\nConnection: close\r\n\r\n";
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			BufferedReader response = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));

			assertThat(response.readLine()).startsWith("HTTP/1.1 400");
		}
	}

	@Test
	void aPublicPathIsPublicForItsMethodOnly() {
		Reply reply = post("/public/hello", "");

		assertThat(reply.status()).isEqualTo(401);
	}

	private void assertRefused(String authorization) {
		Reply reply = get("/things?size=1", "Authorization", authorization);

		assertProblem(reply, 401, "unauthorized");
		assertThat(reply.header("WWW-Authenticate")).contains("invalid_token");
	}

	private static JWTClaimsSet claims() {
		return new JWTClaimsSet.Builder().subject("00000000-0000-0000-0000-000000000001")
			.issuer(TestTokens.ISSUER)
			.audience(TestTokens.AUDIENCE)
			.claim("roles", java.util.List.of("ADMIN"))
			.jwtID("x")
			.issueTime(new java.util.Date())
			.expirationTime(java.util.Date.from(Instant.now().plusSeconds(600)))
			.build();
	}

}
