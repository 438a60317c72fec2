package dev.ecommerce.user.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opaque tokens (refresh, password reset): 256 random bits, kept only as their SHA-256.
 * SHA-256 suffices: there is nothing to guess or brute-force in 256 random bits.
 */
public final class OpaqueTokens {

	private static final SecureRandom random = new SecureRandom();

	private OpaqueTokens() {
	}

	/** A new token, URL-safe Base64. */
	public static String generate() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The hex SHA-256 of a token, as stored and looked up. */
	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
