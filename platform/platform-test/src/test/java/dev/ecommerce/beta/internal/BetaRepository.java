package dev.ecommerce.beta.internal;

public class BetaRepository {

	public String find() {
		return "beta";
	}

}
