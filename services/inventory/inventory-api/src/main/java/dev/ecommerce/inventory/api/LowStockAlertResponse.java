package dev.ecommerce.inventory.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An open low-stock alert.
 *
 * @param id the alert
 * @param storeId the store
 * @param sku the SKU
 * @param available the units the store could promise when the alert opened
 * @param threshold the threshold it fell to or below
 * @param openedAt when it opened
 */
public record LowStockAlertResponse(UUID id, UUID storeId, String sku, int available, int threshold, Instant openedAt) {

}
