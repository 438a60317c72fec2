package dev.ecommerce.devstack.service;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order services are started in: the user service first, because it issues the tokens
 * and publishes the keys every other service checks; the gateway last, so that the shop's
 * entry point opens when what is behind it is there; the rest by port.
 */
final class StartOrder {

	private StartOrder() {
	}

	static List<ServiceDefinition> of(Collection<ServiceDefinition> services) {
		return services.stream().sorted(Comparator.comparingInt(StartOrder::rank)).toList();
	}

	private static int rank(ServiceDefinition definition) {
		if (definition.name().equals("user")) {
			return 0;
		}
		if (definition.isGateway()) {
			return 100_000;
		}
		return definition.port();
	}

}
