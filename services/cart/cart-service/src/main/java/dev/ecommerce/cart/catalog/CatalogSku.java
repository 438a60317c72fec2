package dev.ecommerce.cart.catalog;

import java.time.Instant;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * What the catalog and the inventory last said of a SKU.
 *
 * @param sku the SKU
 * @param productId its product
 * @param sellerId the product's seller
 * @param name the product's name
 * @param price the current price of one unit
 * @param sellable whether the product is active (not a draft, not archived)
 * @param productVersion the product's version this was read from
 * @param available the units the inventory can promise; {@code null} when not asked yet
 * @param priceRefreshedAt when the price was last read
 * @param stockRefreshedAt when the availability was last read
 */
public record CatalogSku(String sku, UUID productId, UUID sellerId, String name, Money price, boolean sellable,
		long productVersion, @Nullable Integer available, Instant priceRefreshedAt,
		@Nullable Instant stockRefreshedAt) {

	/** The units available, or none when the inventory has not said. */
	public int availableUnits() {
		return (this.available != null) ? this.available : 0;
	}

}
