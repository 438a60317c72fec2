package dev.ecommerce.gateway.routing;

import java.net.http.HttpClient;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * The HTTP client that calls the services. The gateway's {@code RestClient} takes a
 * {@link ClientHttpRequestFactory} bean; this one has the gateway's timeouts and keeps
 * the rest of Boot's and Spring Cloud Gateway's settings (redirects are passed to the
 * client, not followed).
 */
@Configuration(proxyBeanMethods = false)
class ServiceClientConfiguration {

	@Bean
	ClientHttpRequestFactory serviceRequestFactory(ClientHttpRequestFactoryBuilder<?> builder,
			HttpClientSettings settings, GatewayProperties gateway) {
		return builder.build(settings.withTimeouts(gateway.connectTimeout(), gateway.readTimeout()));
	}

	/**
	 * The JDK client (the one on the classpath) made to behave like a proxy. It would
	 * offer every service an upgrade to HTTP/2 on every new connection, which the
	 * services, on HTTP/1.1, ignore. And Spring would ask for compressed answers and
	 * unpack them, so that a browser that asked for gzip would get the bytes unpacked;
	 * without it, the {@code Accept-Encoding} the client sent and the answer's encoding
	 * pass through as they are.
	 */
	@Bean
	ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> proxyingJdkClient() {
		return (builder) -> builder.withHttpClientCustomizer((client) -> client.version(HttpClient.Version.HTTP_1_1))
			.withCustomizer((factory) -> factory.enableCompression(false));
	}

}
