package dev.ecommerce.inventory.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The stock of a SKU changed in one store: received, adjusted, reserved, released or
 * shipped. Published on topic {@code inventory.events} with the SKU as the key, so that
 * one SKU's changes arrive in order. Consumers that only care whether a SKU can be sold
 * read {@link #totalAvailable()}; {@link #inStock()} says it in one word.
 *
 * @param sku the SKU whose stock changed
 * @param storeId the store (warehouse or shop) where it changed
 * @param onHand the units physically in that store after the change
 * @param reserved the units of {@code onHand} held for orders not yet shipped
 * @param available the units of that store that can still be promised:
 * {@code onHand - reserved}, never negative
 * @param totalAvailable the units that can be promised across all stores after the change
 * @param at when the change happened (UTC)
 */
public record StockLevelChanged(String sku, UUID storeId, int onHand, int reserved, int available, int totalAvailable,
		Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.inventory.StockLevelChanged.v1";

	/** The topic the inventory service publishes to. */
	public static final String TOPIC = "inventory.events";

	/**
	 * Whether the SKU can be sold from some store.
	 * @return {@code true} if at least one unit is available across all stores
	 */
	public boolean inStock() {
		return this.totalAvailable > 0;
	}

}
