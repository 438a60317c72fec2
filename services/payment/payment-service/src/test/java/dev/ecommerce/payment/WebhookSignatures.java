package dev.ecommerce.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs webhook bodies as Stripe does (and the sandbox, which borrows its scheme). */
public final class WebhookSignatures {

	private WebhookSignatures() {
	}

	/** {@code t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">}. */
	public static String stripe(String body, String secret, Instant at) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			long t = at.getEpochSecond();
			return "t=" + t + ",v1="
					+ HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
