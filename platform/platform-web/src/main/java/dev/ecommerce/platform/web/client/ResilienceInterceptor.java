package dev.ecommerce.platform.web.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.util.Set;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Wraps each call to another service in a circuit breaker and, for a call that is safe to
 * repeat, a bounded retry. Safe to repeat: a read, a PUT or DELETE, or a POST carrying an
 * {@code Idempotency-Key}. What is retried: no connection, a timeout, and 502/503/504.
 * When it gives up, the caller gets a {@link ServiceUnavailableException}: 503, or 504
 * for a timeout.
 */
class ResilienceInterceptor implements ClientHttpRequestInterceptor {

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.PUT, HttpMethod.DELETE);

	private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);

	private final String service;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	ResilienceInterceptor(String service, CircuitBreaker circuitBreaker, Retry retry) {
		this.service = service;
		this.circuitBreaker = circuitBreaker;
		this.retry = retry;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
		boolean repeatable = IDEMPOTENT.contains(request.getMethod())
				|| request.getHeaders().containsHeader("Idempotency-Key");
		java.util.function.Supplier<ClientHttpResponse> call = CircuitBreaker.decorateSupplier(this.circuitBreaker,
				() -> attempt(request, body, execution));
		if (repeatable) {
			call = Retry.decorateSupplier(this.retry, call);
		}
		try {
			return call.get();
		}
		catch (CallNotPermittedException ex) {
			throw new ServiceUnavailableException(this.service, false);
		}
		catch (Unavailable ex) {
			boolean timedOut = ex.status == 504;
			ex.response.close();
			throw new ServiceUnavailableException(this.service, timedOut);
		}
		catch (UncheckedIOException ex) {
			throw new ServiceUnavailableException(this.service, ex.getCause() instanceof HttpTimeoutException);
		}
	}

	private static ClientHttpResponse attempt(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
		try {
			ClientHttpResponse response = execution.execute(request, body);
			int status = response.getStatusCode().value();
			if (UNAVAILABLE.contains(status)) {
				throw new Unavailable(response, status);
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A 502/503/504 answer: a failure for the circuit breaker and the retry, handed to
	 * the caller as it is when the retries run out.
	 */
	static final class Unavailable extends RuntimeException {

		private final transient ClientHttpResponse response;

		private final int status;

		Unavailable(ClientHttpResponse response, int status) {
			super(null, null, false, false);
			this.response = response;
			this.status = status;
		}

	}

}
