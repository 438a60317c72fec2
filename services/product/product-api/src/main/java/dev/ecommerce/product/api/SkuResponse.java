package dev.ecommerce.product.api;

/**
 * A SKU with the product it belongs to ({@code GET /products/skus/{sku}}).
 *
 * @param product the product
 * @param variant the variant of that SKU
 */
public record SkuResponse(ProductResponse product, VariantResponse variant) {

}
