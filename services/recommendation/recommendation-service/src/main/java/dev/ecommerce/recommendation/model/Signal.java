package dev.ecommerce.recommendation.model;

/**
 * What a shopper did with a product, and how much it says about what they like: a
 * purchase says most, a view least.
 */
public enum Signal {

	PURCHASE(1.0), ADD_TO_CART(0.5), VIEW(0.25);

	private final double weight;

	Signal(double weight) {
		this.weight = weight;
	}

	public double weight() {
		return this.weight;
	}

}
