package dev.ecommerce.notification.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sellers' webhooks, one per seller. */
@Repository
public class SellerWebhooks {

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	SellerWebhooks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<SellerWebhook> find(UUID sellerId) {
		return this.jdbc.sql("SELECT seller_id, url, secret FROM seller_webhook WHERE seller_id = ?")
			.param(sellerId)
			.query((rs, n) -> new SellerWebhook(rs.getObject("seller_id", UUID.class), rs.getString("url"),
					rs.getString("secret")))
			.optional();
	}

	/** Sets the URL; the secret is made on the first registration and kept after. */
	SellerWebhook register(UUID sellerId, String url) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		this.jdbc.sql("""
				INSERT INTO seller_webhook (seller_id, url, secret, updated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (seller_id) DO UPDATE SET url = EXCLUDED.url, updated_at = EXCLUDED.updated_at""")
			.params(sellerId, url, "whsec_" + HexFormat.of().formatHex(secret),
					this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return find(sellerId).orElseThrow();
	}

	boolean remove(UUID sellerId) {
		return this.jdbc.sql("DELETE FROM seller_webhook WHERE seller_id = ?").param(sellerId).update() > 0;
	}

}
