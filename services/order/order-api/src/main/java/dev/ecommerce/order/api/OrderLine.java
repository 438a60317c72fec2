package dev.ecommerce.order.api;

import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A line of an order as it was bought: the price is the one quoted at checkout.
 *
 * @param sku the SKU
 * @param productId the product
 * @param sellerId the seller of the product, when known
 * @param name the product's name at checkout
 * @param quantity how many units
 * @param unitPrice the price of one unit
 * @param lineTotal {@code unitPrice × quantity}
 */
public record OrderLine(String sku, UUID productId, @Nullable UUID sellerId, String name, int quantity, Money unitPrice,
		Money lineTotal) {

}
