package dev.ecommerce.inventory.api;

import java.util.UUID;

/**
 * The stock of a SKU in a store.
 *
 * @param storeId the store
 * @param sku the SKU
 * @param onHand the units in the store
 * @param reserved the units of {@code onHand} held for orders
 * @param available the units that can still be promised: {@code onHand - reserved}
 * @param lowStockThreshold at or below how many available units an alert opens
 * @param version its version, raised by every change
 */
public record StockLevelResponse(UUID storeId, String sku, int onHand, int reserved, int available,
		int lowStockThreshold, long version) {

}
