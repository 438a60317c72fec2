package dev.ecommerce.platform.web.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the other services are and how this one calls them.
 *
 * @param clients per service name ({@code product}, {@code inventory}, …): its URL and
 * timeouts, as {@code ecommerce.clients.product.url}
 * @param serviceAccount this service's credentials at the user service, for the
 * {@code SERVICE} token that every call carries
 */
@ConfigurationProperties("ecommerce")
public record ServiceClientsProperties(@DefaultValue Map<String, Client> clients,
		@DefaultValue ServiceAccount serviceAccount) {

	/**
	 * @param url the service's base URL; defaults to localhost on the service's port
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for an answer
	 */
	public record Client(@Nullable URI url, @DefaultValue("2s") Duration connectTimeout,
			@DefaultValue("5s") Duration readTimeout) {

	}

	/**
	 * @param clientId the client id, by default the application's name
	 * @param clientSecret the secret; without one, calls carry no token
	 * @param tokenUri the user service's token endpoint
	 */
	public record ServiceAccount(@Nullable String clientId, @Nullable String clientSecret,
			@DefaultValue("http://localhost:8085/auth/token") URI tokenUri) {

	}

}
