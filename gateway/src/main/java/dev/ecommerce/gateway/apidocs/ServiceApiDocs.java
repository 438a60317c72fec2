package dev.ecommerce.gateway.apidocs;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;

import dev.ecommerce.gateway.routing.GatewayProperties;
import dev.ecommerce.gateway.routing.ProxyRoutes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves {@code <service>/v3/api-docs} at {@code /v3/api-docs/<service>} and lists those
 * documents in the Swagger UI, for every service the gateway routes to. The gateway's own
 * document stays at springdoc's {@code /v3/api-docs} but is not listed: it has no
 * operations of its own worth showing.
 */
@Configuration(proxyBeanMethods = false)
class ServiceApiDocs {

	/**
	 * Where every service serves its document, and the prefix of the gateway's routes to
	 * them.
	 */
	static final String API_DOCS_PATH = "/v3/api-docs";

	@Bean
	RouterFunction<ServerResponse> serviceApiDocsRoutes(GatewayProperties gateway, ProxyRoutes routes) {
		return gateway.services()
			.entrySet()
			.stream()
			.map((entry) -> routes.to(entry.getKey() + "-api-docs", entry.getKey(), entry.getValue().url(),
					RequestPredicates.GET(pathOf(entry.getKey())), BeforeFilterFunctions.setPath(API_DOCS_PATH)))
			.reduce(RouterFunction::and)
			.orElseThrow();
	}

	/**
	 * Lists the services' documents in the Swagger UI, unless
	 * {@code springdoc.swagger-ui.urls} is set, which then wins. Springdoc copies these
	 * properties for every page it serves, and no page is served before all singletons
	 * exist.
	 */
	@Bean
	SmartInitializingSingleton serviceApiDocsInSwaggerUi(GatewayProperties gateway,
			ObjectProvider<SwaggerUiConfigProperties> swaggerUi) {
		return () -> swaggerUi.ifAvailable((ui) -> {
			if (ui.getUrls() == null || ui.getUrls().isEmpty()) {
				Set<SwaggerUrl> urls = new LinkedHashSet<>();
				gateway.services()
					.keySet()
					.forEach((service) -> urls.add(new SwaggerUrl(service, pathOf(service), service)));
				ui.setUrls(urls);
			}
		});
	}

	private static String pathOf(String service) {
		return API_DOCS_PATH + "/" + service;
	}

}
