package dev.ecommerce.platform.web.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;

/**
 * The factory of clients of other services.
 */
@AutoConfiguration(after = RestClientAutoConfiguration.class)
@EnableConfigurationProperties(ServiceClientsProperties.class)
public class ServiceClientsAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ServiceClientsAutoConfiguration.class);

	static final String REGISTRATION_ID = "ecommerce-service";

	@Bean
	@ConditionalOnMissingBean
	ServiceClients serviceClients(RestClient.Builder builder, ServiceClientsProperties properties,
			ObjectProvider<CircuitBreakerRegistry> circuitBreakers, ObjectProvider<RetryRegistry> retries,
			Environment environment) {
		List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>();
		interceptors.add(new RequestIdPropagation());
		ServiceClientsProperties.ServiceAccount account = properties.serviceAccount();
		if (account.clientSecret() != null && !account.clientSecret().isBlank()) {
			String clientId = (account.clientId() != null) ? account.clientId()
					: environment.getProperty("spring.application.name", "service");
			interceptors.add(serviceTokens(clientId, account));
		}
		else {
			log.info("No ecommerce.service-account.client-secret set: calls to other services carry no token");
		}
		return new ServiceClients(builder, properties,
				circuitBreakers.getIfAvailable(() -> CircuitBreakerRegistry.of(defaultCircuitBreaker())),
				retries.getIfAvailable(() -> RetryRegistry.of(defaultRetry())), interceptors);
	}

	/** Opens after half of at least 10 recent calls failed; probes again after 10 s. */
	static CircuitBreakerConfig defaultCircuitBreaker() {
		return CircuitBreakerConfig.custom()
			.slidingWindowSize(20)
			.minimumNumberOfCalls(10)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofSeconds(10))
			.permittedNumberOfCallsInHalfOpenState(3)
			.build();
	}

	/** Three attempts, 100 ms then 200 ms apart. */
	static RetryConfig defaultRetry() {
		return RetryConfig.custom()
			.maxAttempts(3)
			.intervalFunction(io.github.resilience4j.core.IntervalFunction.ofExponentialBackoff(100, 2))
			.build();
	}

	private static OAuth2ClientHttpRequestInterceptor serviceTokens(String clientId,
			ServiceClientsProperties.ServiceAccount account) {
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientId(clientId)
			.clientSecret(account.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(account.tokenUri().toString())
			.build();
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
		interceptor.setClientRegistrationIdResolver((request) -> REGISTRATION_ID);
		// the token is this service's, whoever the current request is for
		Authentication self = UsernamePasswordAuthenticationToken.authenticated(clientId, null, List.of());
		interceptor.setPrincipalResolver((request) -> self);
		return interceptor;
	}

}
