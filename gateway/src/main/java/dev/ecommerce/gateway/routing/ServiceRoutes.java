package dev.ecommerce.gateway.routing;

import java.util.function.Function;

import org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One route per service, taking every method on the paths it owns: which methods a path
 * allows is the service's business, and it answers 405 itself.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

	@Bean
	RouterFunction<ServerResponse> routesToServices(GatewayProperties gateway, ProxyRoutes routes) {
		return gateway.services()
			.entrySet()
			.stream()
			.map((entry) -> routes.to(entry.getKey(), entry.getKey(), entry.getValue().url(),
					GatewayRequestPredicates.path(entry.getValue().paths().toArray(String[]::new)),
					Function.identity()))
			.reduce(RouterFunction::and)
			.orElseThrow();
	}

}
