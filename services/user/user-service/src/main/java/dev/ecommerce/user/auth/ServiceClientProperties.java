package dev.ecommerce.user.auth;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services that may sign in with client credentials, by client id (each service's
 * {@code ecommerce.service-account.client-id}, its {@code spring.application.name} by
 * default).
 *
 * @param serviceClients the clients, by id
 */
@ConfigurationProperties("ecommerce.user")
record ServiceClientProperties(@DefaultValue Map<String, Client> serviceClients) {

	/**
	 * @param secretHash the Argon2id hash of the client's secret (as
	 * {@code Argon2PasswordEncoder} writes it); the secret itself is never configured
	 * here
	 */
	record Client(String secretHash) {

	}

}
