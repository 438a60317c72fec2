package dev.ecommerce.order.api;

/**
 * Units of a SKU sent back.
 *
 * @param sku the SKU
 * @param quantity how many units
 */
public record ReturnLine(String sku, int quantity) {

}
