package dev.ecommerce.order.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer asked to return lines of a delivered order. Published on
 * {@code order.events}, keyed by the order id.
 *
 * @param orderId the order
 * @param number the order's human number
 * @param userId the customer
 * @param returnId the return
 * @param lines the SKUs and units sent back
 * @param reason why
 * @param at when it happened
 */
public record ReturnRequested(UUID orderId, String number, UUID userId, UUID returnId, List<ReturnLine> lines,
		String reason, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.order.ReturnRequested.v1";

}
