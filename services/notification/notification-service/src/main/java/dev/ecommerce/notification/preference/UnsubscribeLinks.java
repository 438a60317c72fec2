package dev.ecommerce.notification.preference;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.ecommerce.notification.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One-click unsubscribe links (RFC 8058): the user's id signed with HMAC-SHA256, so that
 * the link works without signing in and nobody can unsubscribe someone else.
 */
@Component
public class UnsubscribeLinks {

	private static final Logger logger = LoggerFactory.getLogger(UnsubscribeLinks.class);

	static final String PATH = "/notifications/unsubscribe";

	private final byte[] key;

	private final URI api;

	UnsubscribeLinks(NotificationProperties properties) {
		String secret = properties.unsubscribeSecret();
		if (secret == null || secret.isBlank()) {
			logger.warn("ecommerce.notification.unsubscribe-secret is not set: unsubscribe links are signed with a "
					+ "random key and stop working when this instance restarts");
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else {
			this.key = secret.getBytes(StandardCharsets.UTF_8);
		}
		this.api = properties.links().api();
	}

	/** The link that unsubscribes the user from marketing. */
	public String linkFor(UUID userId) {
		return UriComponentsBuilder.fromUri(this.api)
			.path(PATH)
			.queryParam("token", tokenFor(userId))
			.build()
			.toUriString();
	}

	String tokenFor(UUID userId) {
		return userId + "." + sign(userId);
	}

	/** The user a token was issued for, if it is genuine. */
	public Optional<UUID> verify(String token) {
		int dot = token.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		UUID userId;
		try {
			userId = UUID.fromString(token.substring(0, dot));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		byte[] expected = sign(userId).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? Optional.of(userId) : Optional.empty();
	}

	private String sign(UUID userId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] signature = mac.doFinal(("unsubscribe:" + userId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
