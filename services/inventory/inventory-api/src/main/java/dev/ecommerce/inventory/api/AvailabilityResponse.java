package dev.ecommerce.inventory.api;

import java.util.List;
import java.util.UUID;

/**
 * How many units of a SKU can be promised, over the active stores.
 *
 * @param sku the SKU
 * @param available the units available across active stores
 * @param inStock whether at least one is
 * @param stores the active stores that have some available, most first
 */
public record AvailabilityResponse(String sku, int available, boolean inStock, List<StoreAvailability> stores) {

	/**
	 * The units of a SKU available in one store.
	 *
	 * @param storeId the store
	 * @param available its units that can be promised
	 */
	public record StoreAvailability(UUID storeId, int available) {

	}

}
