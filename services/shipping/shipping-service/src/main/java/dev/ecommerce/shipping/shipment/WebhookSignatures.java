package dev.ecommerce.shipping.shipment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks the signatures of carriers' webhooks: the HMAC-SHA256 of the exact body under
 * the shared secret, as hex, optionally prefixed {@code sha256=}.
 */
@Component
class WebhookSignatures {

	static final String HEADER = "X-Webhook-Signature";

	private final @Nullable String secret;

	WebhookSignatures(WebhookProperties properties) {
		this.secret = properties.secret();
	}

	boolean verify(byte[] body, @Nullable String signature) {
		if (this.secret == null || this.secret.isBlank() || signature == null) {
			return false;
		}
		String hex = signature.startsWith("sha256=") ? signature.substring(7) : signature;
		byte[] given;
		try {
			given = HexFormat.of().parseHex(hex.strip().toLowerCase());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(given, sign(this.secret, body));
	}

	static byte[] sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
