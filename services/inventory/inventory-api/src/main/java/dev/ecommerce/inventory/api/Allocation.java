package dev.ecommerce.inventory.api;

import java.util.UUID;

/**
 * Units of a SKU held in one store for a reservation.
 *
 * @param sku the SKU
 * @param storeId the store they are held in
 * @param quantity how many
 */
public record Allocation(String sku, UUID storeId, int quantity) {

}
