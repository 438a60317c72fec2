package dev.ecommerce.recommendation.signal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The fields this service reads of the order service's {@code OrderConfirmed} event (a
 * tolerant reader: the order service's own record is not on main yet; the other fields
 * are ignored).
 *
 * @param orderId the order
 * @param userId who bought
 * @param lines what they bought
 * @param at when the order was confirmed
 */
record OrderConfirmed(UUID orderId, UUID userId, List<Line> lines, Instant at) {

	static final String TYPE = "dev.ecommerce.order.OrderConfirmed.v1";

	static final String TOPIC = "order.events";

	/**
	 * A line of the order.
	 *
	 * @param sku the SKU
	 * @param productId its product
	 * @param quantity how many
	 */
	record Line(String sku, UUID productId, int quantity) {

	}

}
