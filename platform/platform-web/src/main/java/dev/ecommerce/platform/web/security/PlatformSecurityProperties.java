package dev.ecommerce.platform.web.security;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks the access tokens that the user service signs.
 *
 * @param enabled whether the service is an OAuth2 resource server (the gateway is not)
 * @param jwt where the keys are and what a token must say
 * @param publicPaths requests that need no token, as {@code "GET /products/**"} (one
 * method) or {@code "/auth/login"} (any method)
 */
@ConfigurationProperties("ecommerce.security")
public record PlatformSecurityProperties(@DefaultValue("true") boolean enabled, @DefaultValue Jwt jwt,
		@DefaultValue List<String> publicPaths) {

	/**
	 * @param jwksUri the user service's JSON Web Key Set
	 * @param issuer the {@code iss} every token must carry
	 * @param audience an {@code aud} every token must carry
	 * @param rolesClaim the claim listing the user's roles
	 */
	public record Jwt(@DefaultValue("http://localhost:8085/.well-known/jwks.json") URI jwksUri,
			@DefaultValue("http://localhost:8085") String issuer, @DefaultValue("ecommerce") String audience,
			@DefaultValue("roles") String rolesClaim) {

	}

}
