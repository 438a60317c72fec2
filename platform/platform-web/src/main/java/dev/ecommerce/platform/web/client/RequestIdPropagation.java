package dev.ecommerce.platform.web.client;

import java.io.IOException;

import org.slf4j.MDC;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

import dev.ecommerce.platform.web.requestid.RequestIdFilter;

/**
 * Passes the current request's id on to the service being called.
 */
class RequestIdPropagation implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		if (requestId != null && !request.getHeaders().containsHeader(RequestIdFilter.HEADER)) {
			request.getHeaders().set(RequestIdFilter.HEADER, requestId);
		}
		return execution.execute(request, body);
	}

}
