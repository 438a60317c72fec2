package dev.ecommerce.beta.api;

public interface BetaClient {

	String name();

}
