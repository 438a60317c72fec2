package dev.ecommerce.alpha.shop;

import dev.ecommerce.beta.api.BetaClient;

public class GoodShop {

	private final BetaClient beta;

	public GoodShop(BetaClient beta) {
		this.beta = beta;
	}

	public String name() {
		return this.beta.name();
	}

}
