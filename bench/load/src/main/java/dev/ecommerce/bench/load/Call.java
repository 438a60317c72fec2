package dev.ecommerce.bench.load;

/**
 * What is measured apart: each endpoint the mix calls, and the pages that call more than
 * one (from the page's start to its last answer).
 */
enum Call {

	PRODUCT("browse", "GET /products/{id}"),

	SEARCH("search", "GET /products/search?q="),

	CART("cart view", "GET /carts/{id}"),

	ADD_TO_CART("add to cart", "POST /carts/{id}/items"),

	NEW_GUEST_CART("add to cart", "POST /carts (a new guest's cart)"),

	RATES("checkout", "POST /shippings/rates"),

	ORDER("checkout", "POST /orders"),

	CHECKOUT("checkout", "the page: rates, then the order"),

	POPULAR("home", "GET /recommendations/popular"),

	LISTING("home", "GET /products?size=20"),

	HOME("home", "the page: both at once");

	private final String page;

	private final String endpoint;

	Call(String page, String endpoint) {
		this.page = page;
		this.endpoint = endpoint;
	}

	String label() {
		return this.page + ": " + this.endpoint;
	}

}
