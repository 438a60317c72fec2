package dev.ecommerce.gateway;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A route that fails the way a bug in a gateway route would: a functional handler
 * throwing.
 */
@TestConfiguration(proxyBeanMethods = false)
class FailingRoute {

	static final String PATH = "/test/failure";

	@Bean
	RouterFunction<ServerResponse> failingRoute() {
		return RouterFunctions.route(RequestPredicates.GET(PATH), (request) -> {
			throw new IllegalStateException("secret internals of the gateway");
		});
	}

}
