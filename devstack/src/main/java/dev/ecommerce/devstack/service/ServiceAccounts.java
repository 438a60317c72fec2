package dev.ecommerce.devstack.service;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The client credentials with which the services call each other. Every start of the
 * stack draws a fresh random secret per service: each service is told its own secret, and
 * the user service (which issues the {@code SERVICE} tokens) is told only their Argon2id
 * hashes, as a production configuration would be. Nothing is written to disk.
 */
public final class ServiceAccounts {

	private static final SecureRandom random = new SecureRandom();

	private final Map<String, String> secrets;

	private ServiceAccounts(Map<String, String> secrets) {
		this.secrets = secrets;
	}

	/**
	 * A random secret for each of the services.
	 * @param services the services that call others
	 * @return their accounts
	 */
	public static ServiceAccounts generate(List<ServiceDefinition> services) {
		Map<String, String> secrets = new LinkedHashMap<>();
		for (ServiceDefinition service : services) {
			byte[] bytes = new byte[32];
			random.nextBytes(bytes);
			secrets.put(clientId(service), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
		}
		return new ServiceAccounts(secrets);
	}

	/**
	 * A service's client id: its {@code spring.application.name}, such as
	 * {@code order-service}.
	 * @param service the service
	 * @return the client id
	 */
	public static String clientId(ServiceDefinition service) {
		return service.name() + "-service";
	}

	public String secret(ServiceDefinition service) {
		String secret = this.secrets.get(clientId(service));
		if (secret == null) {
			throw new IllegalArgumentException("no service account for " + service.name());
		}
		return secret;
	}

	/**
	 * The user service's {@code ecommerce.user.service-clients} as
	 * {@code SPRING_APPLICATION_JSON}: a map keyed by client ids, which contain dashes
	 * that environment variable names cannot carry. Hashing takes a few tens of
	 * milliseconds per secret, so it is done only for the user service.
	 * @return the JSON document
	 */
	public String userServiceClientsJson() {
		Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		return this.secrets.entrySet()
			.stream()
			.map((entry) -> "\"" + entry.getKey() + "\":{\"secret-hash\":\"" + encoder.encode(entry.getValue()) + "\"}")
			.collect(Collectors.joining(",", "{\"ecommerce\":{\"user\":{\"service-clients\":{", "}}}}"));
	}

}
