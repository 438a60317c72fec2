package dev.ecommerce.cart.api;

import java.util.UUID;

import dev.ecommerce.platform.api.Money;

/**
 * A priced line of a quote.
 *
 * @param sku the SKU
 * @param productId its product
 * @param sellerId the product's seller
 * @param name the product's name
 * @param quantity units
 * @param unitPrice the catalog's current price of one
 * @param lineTotal {@code unitPrice × quantity}
 */
public record QuotedLine(String sku, UUID productId, UUID sellerId, String name, int quantity, Money unitPrice,
		Money lineTotal) {

}
