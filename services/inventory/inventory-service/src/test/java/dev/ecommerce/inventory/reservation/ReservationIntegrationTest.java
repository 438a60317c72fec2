package dev.ecommerce.inventory.reservation;

import java.util.Map;
import java.util.UUID;

import dev.ecommerce.inventory.ServiceIntegrationTest;
import dev.ecommerce.platform.test.TestTokens;

/**
 * Base of the reservation tests: reserves as the order service does.
 */
abstract class ReservationIntegrationTest extends ServiceIntegrationTest {

	protected Reply reserve(UUID orderId, Map<String, Integer> lines) {
		return reserve(orderId, lines, 900);
	}

	protected Reply reserve(UUID orderId, Map<String, Integer> lines, int ttlSeconds) {
		return post("/inventory/reservations", TestTokens.service(),
				Map.of("orderId", orderId, "ttlSeconds", ttlSeconds, "lines",
						lines.entrySet()
							.stream()
							.map((line) -> Map.of("sku", line.getKey(), "quantity", line.getValue()))
							.toList()));
	}

}
