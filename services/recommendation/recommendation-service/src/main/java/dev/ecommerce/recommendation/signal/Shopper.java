package dev.ecommerce.recommendation.signal;

import java.util.UUID;

/**
 * Whose interactions: the key under which they are kept. A signed-in user is its id; a
 * guest its session ({@code session:<id>}); a customer of the demo history
 * {@code retail-<customer>}.
 */
public final class Shopper {

	private Shopper() {
	}

	public static String user(UUID userId) {
		return userId.toString();
	}

	public static String session(String sessionId) {
		return "session:" + sessionId;
	}

}
