package dev.ecommerce.product.api;

import java.util.List;

/**
 * The answer to a lookup of several SKUs ({@code GET /products/skus?sku=A&sku=B}).
 *
 * @param items the SKUs found, in the order asked
 * @param missing the SKUs asked for that are unknown or not visible to the caller
 */
public record SkusResponse(List<SkuResponse> items, List<String> missing) {

}
