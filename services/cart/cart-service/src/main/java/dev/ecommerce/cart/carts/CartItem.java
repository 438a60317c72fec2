package dev.ecommerce.cart.carts;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;

/**
 * A line of a cart.
 *
 * @param sku the SKU
 * @param productId its product
 * @param quantity 1–99 units
 * @param seenPrice the unit price when the shopper last added or changed it
 * @param position the order lines were added in
 * @param addedAt when it was added
 */
record CartItem(String sku, UUID productId, int quantity, Money seenPrice, long position, Instant addedAt) {

	CartItem withQuantity(int quantity, Money price) {
		return new CartItem(this.sku, this.productId, quantity, price, this.position, this.addedAt);
	}

}
