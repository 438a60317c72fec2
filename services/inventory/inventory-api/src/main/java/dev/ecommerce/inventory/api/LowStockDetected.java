package dev.ecommerce.inventory.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a store can promise of a SKU fell to or below the level's low-stock threshold.
 * Sent once per alert, not once per sale; the alert closes when restocking lifts the
 * stock above the threshold. Published on {@code inventory.events}, keyed by the SKU.
 *
 * @param alertId the alert
 * @param storeId the store
 * @param sku the SKU
 * @param sellerId the SKU's seller, to notify, if the product service has told us
 * @param available the units the store can still promise
 * @param threshold the level's low-stock threshold
 * @param at when it happened
 */
public record LowStockDetected(UUID alertId, UUID storeId, String sku, @Nullable UUID sellerId, int available,
		int threshold, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.inventory.LowStockDetected.v1";

}
