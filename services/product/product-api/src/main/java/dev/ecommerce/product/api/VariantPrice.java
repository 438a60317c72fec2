package dev.ecommerce.product.api;

/**
 * The price of one SKU, as product events carry it.
 *
 * @param sku the SKU
 * @param price its price
 */
public record VariantPrice(String sku, Money price) {

}
