package dev.ecommerce.product.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A product changed: its name, prices, variants, status or anything else. Carries the
 * state after the change, so that a consumer keeps a copy of the prices without asking.
 * Published on {@code product.events}, keyed by the product id.
 *
 * @param productId the product
 * @param sellerId its seller
 * @param name its name
 * @param brand its brand
 * @param categoryId its category
 * @param status its status after the change
 * @param variants its SKUs and their prices after the change
 * @param version its version after the change
 * @param at when it changed
 */
public record ProductUpdated(UUID productId, UUID sellerId, String name, @Nullable String brand,
		@Nullable UUID categoryId, ProductStatus status, List<VariantPrice> variants, long version, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.product.ProductUpdated.v1";

}
