package dev.ecommerce.inventory.api;

/**
 * What kind of place a store is: a {@code WAREHOUSE} that ships orders, or a
 * {@code RETAIL} shop.
 */
public enum StoreType {

	WAREHOUSE, RETAIL

}
