package dev.ecommerce.user.token;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.ecommerce.platform.web.security.PlatformSecurityProperties;
import dev.ecommerce.platform.web.security.ResourceServerAutoConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * This service checks the tokens it is called with against its own keys, read where they
 * are kept rather than fetched from its own JWKS endpoint, with the same checks as every
 * other service.
 */
@Configuration(proxyBeanMethods = false)
class TokenDecoderConfiguration {

	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, PlatformSecurityProperties properties) {
		JWKSource<SecurityContext> published = (selector, context) -> selector.select(keys.published());
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(published)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			// the type is checked by the platform's validator, which accepts at+jwt
			.jwtProcessorCustomizer((processor) -> processor.setJWSTypeVerifier((type, context) -> {
			}))
			.build();
		decoder.setJwtValidator(ResourceServerAutoConfiguration.accessTokenValidator(properties.jwt()));
		return decoder;
	}

}
