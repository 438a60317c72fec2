package dev.ecommerce.recommendation.signal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The fields this service reads of the cart service's {@code CartItemAdded} event (a
 * tolerant reader: the cart service's own record is not on main yet).
 *
 * @param cartId the cart
 * @param userId its owner, for a signed-in shopper's cart
 * @param sessionId the guest cart's id, for a guest
 * @param sku the SKU added
 * @param productId its product
 * @param at when
 */
record CartItemAdded(UUID cartId, @Nullable UUID userId, @Nullable String sessionId, String sku, UUID productId,
		Instant at) {

	static final String TYPE = "dev.ecommerce.cart.CartItemAdded.v1";

	static final String TOPIC = "cart.events";

}
