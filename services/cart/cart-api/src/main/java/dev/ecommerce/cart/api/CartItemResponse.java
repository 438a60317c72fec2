package dev.ecommerce.cart.api;

import java.util.UUID;

import dev.ecommerce.platform.api.Money;

/**
 * A line of a cart, priced at the catalog's current price.
 *
 * @param sku the SKU
 * @param productId its product
 * @param name the product's name
 * @param quantity units in the cart
 * @param unitPrice the catalog's current price of one unit
 * @param lineTotal {@code unitPrice × quantity}
 * @param available units the inventory can promise now
 */
public record CartItemResponse(String sku, UUID productId, String name, int quantity, Money unitPrice, Money lineTotal,
		int available) {

}
