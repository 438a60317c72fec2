package dev.ecommerce.platform.web.security;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import dev.ecommerce.platform.web.problem.ProblemDetailsAutoConfiguration;
import dev.ecommerce.platform.web.problem.ProblemResponseWriter;

/**
 * Every service is an OAuth2 resource server of the user service: an RS256 access token
 * ({@code typ at+jwt}) signed by a key of its JWKS, with the expected {@code iss} and
 * {@code aud}, not expired; the {@code roles} claim becomes {@code ROLE_*} authorities
 * for {@code @PreAuthorize}. Sessions are never created. Paths listed in
 * {@code ecommerce.security.public-paths}, health, metrics and API docs need no token.
 */
@AutoConfiguration(before = { ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class },
		after = ProblemDetailsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "ecommerce.security.enabled", matchIfMissing = true)
@EnableConfigurationProperties(PlatformSecurityProperties.class)
@EnableMethodSecurity
@Import(SecurityDefaults.class)
public class ResourceServerAutoConfiguration {

	private static final String[] ALWAYS_PUBLIC = { "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
			"/v3/api-docs", "/v3/api-docs/**", "/error" };

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, PlatformSecurityProperties properties,
			ProblemResponseWriter writer) throws Exception {
		ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(writer);
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> {
				requests.requestMatchers(ALWAYS_PUBLIC).permitAll();
				requests.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
				for (String rule : properties.publicPaths()) {
					PublicPath path = PublicPath.parse(rule);
					if (path.method() != null) {
						requests.requestMatchers(path.method(), path.pattern()).permitAll();
					}
					else {
						requests.requestMatchers(path.pattern()).permitAll();
					}
				}
				requests.anyRequest().authenticated();
			})
			.oauth2ResourceServer((server) -> server.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers)
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						// by default a failure to check the token (no JWKS) escapes as a
						// 500
						filter.setAuthenticationFailureHandler(handlers);
						return filter;
					}
				})
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(rolesConverter(properties.jwt()))))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
		return http.build();
	}

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(PlatformSecurityProperties properties) {
		return new VerifiedTokens(jwksDecoder(properties.jwt()), accessTokenValidator(properties.jwt()));
	}

	/**
	 * The decoder every service uses: the keys of the JWKS at {@code jwt.jwksUri()} and
	 * the {@link #accessTokenValidator checks of an access token}. Public so that the
	 * user service can test that the tokens it signs pass it.
	 * @param jwt where the keys are and what a token must say
	 * @return the decoder
	 */
	public static NimbusJwtDecoder jwksDecoder(PlatformSecurityProperties.Jwt jwt) {
		// The JWKS is fetched on the first token, not at start-up: a service starts while
		// the user service is down.
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwksUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.validateType(false)
			.build();
		decoder.setJwtValidator(accessTokenValidator(jwt));
		return decoder;
	}

	/**
	 * An access token as RFC 9068 has it ({@code typ at+jwt}, {@code sub}, {@code iat},
	 * {@code jti}), issued by our user service for this system, and not expired.
	 */
	public static OAuth2TokenValidator<Jwt> accessTokenValidator(PlatformSecurityProperties.Jwt jwt) {
		return new DelegatingOAuth2TokenValidator<>(new JwtTypeValidator("at+jwt", "application/at+jwt"),
				new JwtTimestampValidator(), new JwtIssuerValidator(jwt.issuer()),
				new JwtAudienceValidator(jwt.audience()), present(JwtClaimNames.SUB), present(JwtClaimNames.IAT),
				present(JwtClaimNames.JTI));
	}

	private static OAuth2TokenValidator<Jwt> present(String claim) {
		return new JwtClaimValidator<@Nullable Object>(claim, Objects::nonNull);
	}

	private static JwtAuthenticationConverter rolesConverter(PlatformSecurityProperties.Jwt jwt) {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(jwt.rolesClaim());
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

}
