package dev.ecommerce.notification.events;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whose each order is, and which users bought from which seller: shipping events carry
 * the order id only, and a seller's campaign goes to its customers.
 */
@Repository
class OrderOwners {

	private final JdbcClient jdbc;

	private final Clock clock;

	OrderOwners(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(UUID orderId, UUID userId, String number) {
		this.jdbc
			.sql("INSERT INTO order_owner (order_id, user_id, number, created_at) VALUES (?, ?, ?, ?) "
					+ "ON CONFLICT (order_id) DO NOTHING")
			.params(orderId, userId, number, this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	void customerOf(Collection<UUID> sellers, UUID userId) {
		for (UUID seller : sellers) {
			this.jdbc.sql("INSERT INTO seller_customer (seller_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(seller, userId)
				.update();
		}
	}

	Optional<Owner> of(UUID orderId) {
		return this.jdbc.sql("SELECT user_id, number FROM order_owner WHERE order_id = ?")
			.param(orderId)
			.query((rs, n) -> new Owner(rs.getObject("user_id", UUID.class), rs.getString("number")))
			.optional();
	}

	record Owner(UUID userId, String number) {
	}

}
