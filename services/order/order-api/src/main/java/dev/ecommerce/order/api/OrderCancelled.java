package dev.ecommerce.order.api;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * An order was cancelled before it shipped: its stock was released and its payment, if
 * any, refunded. Published on {@code order.events}, keyed by the order id.
 *
 * @param orderId the order
 * @param number the order's human number
 * @param userId the customer
 * @param reason why
 * @param refunded what was refunded, if anything was paid
 * @param at when it happened
 */
public record OrderCancelled(UUID orderId, String number, UUID userId, String reason, @Nullable Money refunded,
		Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.order.OrderCancelled.v1";

}
