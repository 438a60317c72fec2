package dev.ecommerce.user.api;

/**
 * What a user may do; a token's {@code roles} claim lists them.
 */
public enum Role {

	/** Buys: the role of every registered user. */
	CUSTOMER,

	/** Sells: manages its own products and stock. */
	SELLER,

	/** Runs the shop. */
	ADMIN,

	/** Another service of the shop, signed in with client credentials. */
	SERVICE

}
