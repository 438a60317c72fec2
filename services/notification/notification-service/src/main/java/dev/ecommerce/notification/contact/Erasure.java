package dev.ecommerce.notification.contact;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases everything this service holds about a closed account: its contact details,
 * preferences, webhook, its orders' owner records, and its notifications, including those
 * not delivered yet, which are therefore never sent. Only its id is kept, so that later
 * events about it notify nobody.
 */
@Component
public class Erasure {

	private final JdbcClient jdbc;

	private final Clock clock;

	Erasure(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void erase(UUID userId) {
		this.jdbc.sql("DELETE FROM notification WHERE recipient_id = ?").param(userId).update();
		this.jdbc.sql("DELETE FROM contact WHERE user_id = ?").param(userId).update();
		this.jdbc.sql("DELETE FROM preference WHERE user_id = ?").param(userId).update();
		this.jdbc.sql("DELETE FROM order_owner WHERE user_id = ?").param(userId).update();
		this.jdbc.sql("DELETE FROM seller_customer WHERE user_id = ? OR seller_id = ?").params(userId, userId).update();
		this.jdbc.sql("DELETE FROM seller_webhook WHERE seller_id = ?").param(userId).update();
		this.jdbc.sql("INSERT INTO erased_user (user_id, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(userId, this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

}
