package dev.ecommerce.product.api;

/**
 * Where a product is in its life: a {@code DRAFT} is seen only by its seller and admins,
 * an {@code ACTIVE} product by everyone, an {@code ARCHIVED} one is no longer sold.
 */
public enum ProductStatus {

	DRAFT, ACTIVE, ARCHIVED

}
