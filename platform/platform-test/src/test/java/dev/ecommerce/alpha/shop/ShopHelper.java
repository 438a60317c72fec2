package dev.ecommerce.alpha.shop;

import dev.ecommerce.beta.internal.BetaRepository;

public class ShopHelper {

	public String reachIntoBeta() {
		return new BetaRepository().find();
	}

}
