package dev.ecommerce.platform.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.firewall.HttpFirewall;

/**
 * What every security filter chain of the platform runs with, whether it checks tokens
 * (the services) or lets every request through (the gateway, which still passes each
 * request's headers on): cheaper requests, ADR 17.
 */
@Configuration(proxyBeanMethods = false)
class SecurityDefaults {

	/**
	 * The default firewall, with the same header checks made cheaper (see
	 * {@link HeaderFirewall}).
	 */
	@Bean
	@ConditionalOnMissingBean
	HttpFirewall httpFirewall() {
		return HeaderFirewall.create();
	}

	/**
	 * No observation of each security filter, authentication and authorization: every
	 * request is still observed as a whole ({@code http.server.requests}), while these
	 * wrapped each of the chain's filters in an observation of its own. A service that
	 * wants them declares its own settings.
	 */
	@Bean
	@ConditionalOnMissingBean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
