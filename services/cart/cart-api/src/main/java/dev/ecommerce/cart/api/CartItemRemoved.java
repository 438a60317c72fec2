package dev.ecommerce.cart.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Units of a SKU left a cart by the shopper's hand: the line removed or its quantity
 * lowered (not by a checkout). Published on {@code cart.events}, keyed by the cart id.
 *
 * @param cartId the cart
 * @param userId its user, for a signed-in shopper's cart
 * @param sessionId the guest cart's id, for a guest's cart
 * @param sku the SKU
 * @param productId its product
 * @param quantity how many units were removed by this change
 * @param at when
 */
public record CartItemRemoved(UUID cartId, @Nullable UUID userId, @Nullable UUID sessionId, String sku, UUID productId,
		int quantity, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.cart.CartItemRemoved.v1";

}
