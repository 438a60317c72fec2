package dev.ecommerce.cart.carts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * A guest cart's secret: 256 random bits, of which only the SHA-256 is stored, so that a
 * copy of the database opens no cart.
 */
final class CartTokens {

	private static final SecureRandom random = new SecureRandom();

	private CartTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether a token opens a cart, compared in constant time. */
	static boolean opens(@Nullable String token, @Nullable String tokenHash) {
		if (token == null || tokenHash == null) {
			return false;
		}
		return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
				tokenHash.getBytes(StandardCharsets.US_ASCII));
	}

}
