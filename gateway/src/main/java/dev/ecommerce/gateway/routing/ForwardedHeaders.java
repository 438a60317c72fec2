package dev.ecommerce.gateway.routing;

import java.net.URI;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Tells a service where the client's request came in ({@code X-Forwarded-Proto},
 * {@code -Host}, {@code -Port}, {@code -For}), so that the links it builds
 * ({@code Location}, OpenAPI servers) point at the gateway and not at itself.
 *
 * <p>
 * Spring Cloud Gateway's own {@code XForwardedRequestHeadersFilter} only writes these
 * headers for clients matching {@code trusted-proxies}, and then also passes on what such
 * a client sent; with none configured it strips them all and writes nothing. This filter
 * runs after that stripping and always writes the gateway's own view of the request. That
 * view already is the original client's when a load balancer in front is trusted the Boot
 * way ({@code server.forward-headers-strategy=native} with
 * {@code server.tomcat.remoteip.internal-proxies}), so trust is configured in one place.
 */
@Component
class ForwardedHeaders implements HttpHeadersFilter.RequestHttpHeadersFilter, Ordered {

	/** After the gateway's filters that strip what the client sent (order 0). */
	static final int ORDER = 1;

	@Override
	public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
		URI uri = request.uri();
		int port = (uri.getPort() != -1) ? uri.getPort() : defaultPort(uri.getScheme());
		HttpHeaders headers = HttpHeaders.copyOf(input);
		headers.set("X-Forwarded-Proto", uri.getScheme());
		headers.set("X-Forwarded-Host", isDefault(uri.getScheme(), port) ? uri.getHost() : uri.getHost() + ":" + port);
		headers.set("X-Forwarded-Port", String.valueOf(port));
		headers.set("X-Forwarded-For", request.servletRequest().getRemoteAddr());
		return headers;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	private static int defaultPort(String scheme) {
		return "https".equals(scheme) ? 443 : 80;
	}

	private static boolean isDefault(String scheme, int port) {
		return port == defaultPort(scheme);
	}

}
