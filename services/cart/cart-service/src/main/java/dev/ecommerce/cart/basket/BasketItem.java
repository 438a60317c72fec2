package dev.ecommerce.cart.basket;

import dev.ecommerce.cart.catalog.CatalogSku;
import dev.ecommerce.platform.api.Money;

/**
 * A priced line of a basket.
 *
 * @param sku what the catalog says of the SKU
 * @param quantity how many
 * @param lineTotal {@code unit price × quantity}
 */
public record BasketItem(CatalogSku sku, int quantity, Money lineTotal) {

}
