package dev.ecommerce.gateway.cors;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS as a servlet filter rather than MVC configuration, so that it also covers what
 * never reaches a route: the {@code 404} of an unknown path, a {@code 413}, a
 * {@code 429}. A browser can then read those problem details too instead of reporting a
 * CORS error. Credentials (cookies) are not allowed: the API takes bearer tokens in
 * {@code Authorization}, which only needs to be an allowed header.
 */
@Configuration(proxyBeanMethods = false)
class CorsFilterConfiguration {

	/**
	 * Right after the platform's request id filter, so that a refused request still
	 * carries its id, and before anything that could refuse a preflight.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	static final List<String> ALLOWED_METHODS = List.of(HttpMethod.GET.name(), HttpMethod.POST.name(),
			HttpMethod.PUT.name(), HttpMethod.PATCH.name(), HttpMethod.DELETE.name(), HttpMethod.OPTIONS.name());

	static final List<String> ALLOWED_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
			HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Idempotency-Key", "X-Cart-Token", "X-Request-Id");

	static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, "X-Request-Id",
			HttpHeaders.RETRY_AFTER);

	@Bean
	FilterRegistrationBean<CorsFilter> gatewayCorsFilter(CorsProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.allowedOrigins());
		cors.setAllowedMethods(ALLOWED_METHODS);
		cors.setAllowedHeaders(ALLOWED_HEADERS);
		cors.setExposedHeaders(EXPOSED_HEADERS);
		cors.setMaxAge(properties.maxAge());
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
		registration.setOrder(ORDER);
		return registration;
	}

}
