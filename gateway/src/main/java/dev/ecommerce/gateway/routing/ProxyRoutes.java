package dev.ecommerce.gateway.routing;

import java.net.URI;
import java.util.Locale;
import java.util.function.Function;

import dev.ecommerce.gateway.ratelimit.RateLimitFilter;

import org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Builds every route the gateway proxies, so that each one is guarded the same way: rate
 * limited before the service is called, a failed call answered as a problem detail, and
 * CORS answered by the gateway alone.
 */
@Component
public class ProxyRoutes {

	private final RateLimitFilter rateLimit;

	ProxyRoutes(RateLimitFilter rateLimit) {
		this.rateLimit = rateLimit;
	}

	/**
	 * A route to a service.
	 * @param routeId the route's id, shown in logs and metrics
	 * @param service the service's name, used in problem details
	 * @param url where the service listens
	 * @param predicate the requests this route takes
	 * @param rewrite a change to the request before it is sent, such as a new path
	 * @return the route
	 */
	public RouterFunction<ServerResponse> to(String routeId, String service, URI url, RequestPredicate predicate,
			Function<ServerRequest, ServerRequest> rewrite) {
		return GatewayRouterFunctions.route(routeId)
			.route(predicate, HandlerFunctions.http())
			.filter(this.rateLimit)
			.before(BeforeFilterFunctions.uri(url))
			.before(rewrite)
			.onError(UpstreamFailure::isUpstreamFailure,
					(ex, request) -> UpstreamFailure.toProblem(service, ex, request))
			.after(ProxyRoutes::withoutHeadersTheGatewayWrites)
			.build();
	}

	/**
	 * The gateway's own filters have already written these headers: a service's CORS
	 * headers would make a second {@code Access-Control-Allow-Origin}, which browsers
	 * refuse, and its echo of the request id (the one the gateway sent it) a second
	 * {@code X-Request-Id}.
	 */
	private static ServerResponse withoutHeadersTheGatewayWrites(ServerRequest request, ServerResponse response) {
		HttpHeaders headers = response.headers();
		headers.headerNames().stream().filter(ProxyRoutes::isWrittenByTheGateway).toList().forEach(headers::remove);
		return response;
	}

	private static boolean isWrittenByTheGateway(String header) {
		String name = header.toLowerCase(Locale.ROOT);
		return name.startsWith("access-control-") || name.equals("x-request-id");
	}

}
