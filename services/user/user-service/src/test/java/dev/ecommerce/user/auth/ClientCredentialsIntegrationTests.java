package dev.ecommerce.user.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.ecommerce.platform.web.security.PlatformSecurityProperties;
import dev.ecommerce.platform.web.security.ResourceServerAutoConfiguration;
import dev.ecommerce.user.Api;
import dev.ecommerce.user.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class ClientCredentialsIntegrationTests extends ServiceIntegrationTest {

	@Test
	void aConfiguredServiceGetsAServiceTokenThatOtherServicesAccept() {
		Api.Reply reply = this.api.postForm("/auth/token", "grant_type=client_credentials", "Authorization",
				basic("order-service", "test-client-secret"));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.text("/token_type")).isEqualTo("Bearer");
		assertThat(reply.json().at("/expires_in").asLong()).isEqualTo(900);
		Jwt jwt = ResourceServerAutoConfiguration
			.jwksDecoder(new PlatformSecurityProperties.Jwt(java.net.URI.create(this.api.uri("/.well-known/jwks.json")),
					"http://localhost:8085", "ecommerce", "roles"))
			.decode(reply.text("/access_token"));
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SERVICE");
		assertThat(jwt.getClaimAsString("client_id")).isEqualTo("order-service");
	}

	@Test
	void theSecretMayComeInTheForm() {
		Api.Reply reply = this.api.postForm("/auth/token",
				"grant_type=client_credentials&client_id=order-service&client_secret=test-client-secret");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	@Test
	void aWrongSecretAnUnknownClientOrNoCredentialsAreUnauthorized() {
		assertThat(this.api
			.postForm("/auth/token", "grant_type=client_credentials", "Authorization",
					basic("order-service", "wrong-secret"))
			.status()).isEqualTo(401);
		assertThat(this.api
			.postForm("/auth/token", "grant_type=client_credentials", "Authorization",
					basic("nobody", "test-client-secret"))
			.status()).isEqualTo(401);
		assertThat(this.api.postForm("/auth/token", "grant_type=client_credentials").status()).isEqualTo(401);
		assertThat(
				this.api.postForm("/auth/token", "grant_type=client_credentials", "Authorization", "Basic !!not-base64")
					.status())
			.isEqualTo(401);
	}

	@Test
	void anotherGrantTypeIsABadRequest() {
		Api.Reply reply = this.api.postForm("/auth/token", "grant_type=password&username=a&password=b", "Authorization",
				basic("order-service", "test-client-secret"));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.text("/errors/0/field")).isEqualTo("grant_type");
	}

	private static String basic(String id, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}
