package dev.ecommerce.product.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A product was created. Published on {@code product.events}, keyed by the product id.
 *
 * @param productId the product
 * @param sellerId its seller
 * @param name its name
 * @param brand its brand
 * @param categoryId its category
 * @param status its status: a draft is not for sale yet
 * @param variants its SKUs and their prices
 * @param version its version after the change
 * @param at when it was created
 */
public record ProductCreated(UUID productId, UUID sellerId, String name, @Nullable String brand,
		@Nullable UUID categoryId, ProductStatus status, List<VariantPrice> variants, long version, Instant at) {

	/** The CloudEvents type of this event. */
	public static final String TYPE = "dev.ecommerce.product.ProductCreated.v1";

}
