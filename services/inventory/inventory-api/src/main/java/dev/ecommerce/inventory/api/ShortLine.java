package dev.ecommerce.inventory.api;

/**
 * A line of a refused reservation that the stock cannot cover, in the {@code shortLines}
 * member of the {@code out-of-stock} problem.
 *
 * @param sku the SKU
 * @param requested the units asked for
 * @param available the units available across active stores
 */
public record ShortLine(String sku, int requested, int available) {

}
