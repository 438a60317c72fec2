package dev.ecommerce.recommendation.api;

/** What a shopper did with a product, as a storefront reports it. */
public enum InteractionType {

	VIEW, ADD_TO_CART

}
