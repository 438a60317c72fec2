package dev.ecommerce.user.auth;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.user.api.Role;
import dev.ecommerce.user.token.AccessTokens;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The client-credentials grant: a configured service proves its secret and gets a
 * {@code SERVICE} token whose {@code sub} is a UUID derived from its client id.
 */
@Component
class ClientCredentials {

	private final ServiceClientProperties properties;

	private final AccessTokens tokens;

	// verifies hashes of any parameters, as the encoded hash carries them
	private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

	private final String decoy = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode("decoy client secret");

	ClientCredentials(ServiceClientProperties properties, AccessTokens tokens) {
		this.properties = properties;
		this.tokens = tokens;
	}

	Optional<AccessTokens.AccessToken> authenticate(String clientId, String secret) {
		ServiceClientProperties.Client client = this.properties.serviceClients().get(clientId);
		// an unknown client costs a hash check too, so that timing does not tell client
		// ids
		String hash = (client != null) ? client.secretHash() : this.decoy;
		if (!this.encoder.matches(secret, hash) || client == null) {
			return Optional.empty();
		}
		return Optional.of(this.tokens.issue(subject(clientId), List.of(Role.SERVICE.name()), clientId));
	}

	static UUID subject(String clientId) {
		return UUID.nameUUIDFromBytes(("service-client:" + clientId).getBytes(StandardCharsets.UTF_8));
	}

}
