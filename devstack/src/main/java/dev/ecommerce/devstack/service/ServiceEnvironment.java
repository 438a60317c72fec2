package dev.ecommerce.devstack.service;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The environment variables a service is started with. Spring Boot's relaxed binding
 * turns them into properties, so the services need no devstack-specific configuration
 * file.
 */
public final class ServiceEnvironment {

	private final ServiceCatalog catalog;

	private final InfrastructureEndpoints endpoints;

	private final ServiceAccounts accounts;

	public ServiceEnvironment(ServiceCatalog catalog, InfrastructureEndpoints endpoints) {
		this.catalog = catalog;
		this.endpoints = endpoints;
		this.accounts = ServiceAccounts.generate(catalog.services());
	}

	/**
	 * The variables for one service, to be added to the inherited environment.
	 * @param definition the service to start
	 * @return the variables, in a stable order
	 */
	public Map<String, String> of(ServiceDefinition definition) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", Integer.toString(definition.port()));
		definition.ownDatabase().ifPresent((database) -> {
			environment.put("SPRING_DATASOURCE_URL", this.endpoints.jdbcUrl().apply(database));
			environment.put("SPRING_DATASOURCE_USERNAME", this.endpoints.databaseUsername());
			environment.put("SPRING_DATASOURCE_PASSWORD", this.endpoints.databasePassword());
			// ten idle connections per service would be ninety PostgreSQL backends doing
			// nothing
			environment.put("SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE", "2");
		});
		environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", this.endpoints.kafkaBootstrapServers());
		environment.put("SPRING_MAIL_HOST", "localhost");
		environment.put("SPRING_MAIL_PORT", Integer.toString(this.endpoints.smtpPort()));
		environment.put("SPRING_PROFILES_ACTIVE", "demo");
		environment.put("ECOMMERCE_SECURITY_JWT_JWKS_URI",
				baseUrl(this.catalog.get("user")) + "/.well-known/jwks.json");
		// readiness is only exposed on Kubernetes unless asked for, and devstack waits on
		// it
		environment.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
		if (!definition.isGateway()) {
			// the service's own credentials for calls to the others
			environment.put("ECOMMERCE_SERVICE_ACCOUNT_CLIENT_ID", ServiceAccounts.clientId(definition));
			environment.put("ECOMMERCE_SERVICE_ACCOUNT_CLIENT_SECRET", this.accounts.secret(definition));
			environment.put("ECOMMERCE_SERVICE_ACCOUNT_TOKEN_URI", baseUrl(this.catalog.get("user")) + "/auth/token");
		}
		if (definition.name().equals("user")) {
			environment.put("SPRING_APPLICATION_JSON", this.accounts.userServiceClientsJson());
		}
		for (ServiceDefinition other : this.catalog.services()) {
			String key = other.name().toUpperCase(Locale.ROOT);
			environment.put("ECOMMERCE_CLIENTS_" + key + "_URL", baseUrl(other));
			environment.put("ECOMMERCE_GATEWAY_SERVICES_" + key + "_URL", baseUrl(other));
		}
		return environment;
	}

	static String baseUrl(ServiceDefinition definition) {
		return "http://localhost:" + definition.port();
	}

}
