package dev.ecommerce.payment;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Stand-ins for Stripe's and PayPal's HTTP APIs, one each for the whole test run, so that
 * every test class shares one Spring context.
 */
public final class GatewayStandIns {

	public static final WireMockServer stripe = start();

	public static final WireMockServer paypal = start();

	private GatewayStandIns() {
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(
				options().dynamicPort().containerThreads(60).asynchronousResponseEnabled(true));
		server.start();
		return server;
	}

}
