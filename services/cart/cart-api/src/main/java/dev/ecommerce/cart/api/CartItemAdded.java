package dev.ecommerce.cart.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Units of a SKU went into a cart: added, or its quantity raised. Published on
 * {@code cart.events}, keyed by the cart id.
 *
 * @param cartId the cart
 * @param userId its user, for a signed-in shopper's cart
 * @param sessionId the guest cart's id, for a guest's cart
 * @param sku the SKU
 * @param productId its product
 * @param quantity how many units were added by this change
 * @param at when
 */
public record CartItemAdded(UUID cartId, @Nullable UUID userId, @Nullable UUID sessionId, String sku, UUID productId,
		int quantity, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.cart.CartItemAdded.v1";

	/** The topic the cart service publishes to. */
	public static final String TOPIC = "cart.events";

}
