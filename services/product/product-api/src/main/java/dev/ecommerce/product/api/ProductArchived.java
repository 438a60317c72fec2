package dev.ecommerce.product.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A product was archived: it is no longer sold. Published on {@code product.events},
 * keyed by the product id.
 *
 * @param productId the product
 * @param sellerId its seller
 * @param skus its SKUs, none of which can be bought any more
 * @param version its version after the change
 * @param at when it was archived
 */
public record ProductArchived(UUID productId, UUID sellerId, List<String> skus, long version, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.product.ProductArchived.v1";

}
