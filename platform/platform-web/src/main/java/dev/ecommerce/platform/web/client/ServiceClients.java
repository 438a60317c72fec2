package dev.ecommerce.platform.web.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Makes clients of other services from the HTTP interfaces in their {@code *-api}
 * modules: <pre>
 * ProductClient products = serviceClients.create(ProductClient.class, "product");
 * </pre> Each client has connect and read timeouts, a circuit breaker and bounded retries
 * per service, passes the request's {@code X-Request-Id} on, and carries a
 * {@code SERVICE} token from the user service, cached until it expires.
 */
public class ServiceClients {

	private static final Map<String, Integer> DEFAULT_PORTS = Map.of("product", 8081, "inventory", 8082, "order", 8083,
			"payment", 8084, "user", 8085, "cart", 8086, "shipping", 8087, "recommendation", 8088, "notification",
			8089);

	private final RestClient.Builder builder;

	private final ServiceClientsProperties properties;

	private final CircuitBreakerRegistry circuitBreakers;

	private final RetryRegistry retries;

	private final List<ClientHttpRequestInterceptor> interceptors;

	ServiceClients(RestClient.Builder builder, ServiceClientsProperties properties,
			CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
			List<ClientHttpRequestInterceptor> interceptors) {
		this.builder = builder;
		this.properties = properties;
		this.circuitBreakers = circuitBreakers;
		this.retries = retries;
		this.interceptors = interceptors;
	}

	/**
	 * A client of a service.
	 * @param api the service's HTTP interface ({@code @HttpExchange})
	 * @param service the service's name, as in {@code ecommerce.clients.<name>.url}
	 * @param <T> the interface type
	 * @return the client
	 */
	public <T> T create(Class<T> api, String service) {
		HttpServiceProxyFactory factory = HttpServiceProxyFactory
			.builderFor(RestClientAdapter.create(restClient(service)))
			.build();
		return factory.createClient(api);
	}

	/**
	 * The configured {@link RestClient} of a service, for calls that no interface
	 * describes.
	 * @param service the service's name
	 * @return the rest client
	 */
	public RestClient restClient(String service) {
		ServiceClientsProperties.Client client = this.properties.clients().get(service);
		Duration connectTimeout = (client != null) ? client.connectTimeout() : Duration.ofSeconds(2);
		Duration readTimeout = (client != null) ? client.readTimeout() : Duration.ofSeconds(5);
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(connectTimeout).build());
		requestFactory.setReadTimeout(readTimeout);
		return this.builder.clone()
			.baseUrl(urlOf(service, client).toString())
			.requestFactory(requestFactory)
			.requestInterceptors((list) -> {
				list.addAll(this.interceptors);
				// last, so that each retry goes straight to the request factory
				list.add(new ResilienceInterceptor(service, this.circuitBreakers.circuitBreaker(service),
						this.retries.retry(service)));
			})
			.build();
	}

	private static URI urlOf(String service, ServiceClientsProperties.@Nullable Client client) {
		if (client != null && client.url() != null) {
			return client.url();
		}
		Integer port = DEFAULT_PORTS.get(service);
		if (port == null) {
			throw new IllegalStateException(
					"No URL for service '" + service + "': set ecommerce.clients." + service + ".url");
		}
		return URI.create("http://localhost:" + port);
	}

}
