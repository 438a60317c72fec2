package dev.ecommerce.gateway.routing;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.problem.Problems;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Why a call to a service failed, told to the client as a problem detail that names the
 * service and nothing of the gateway's insides.
 *
 * <p>
 * A service that cannot be reached is {@code 503}; one that was reached but did not
 * answer in time is {@code 504}, because the request may have had an effect there and the
 * client should look before repeating it.
 */
enum UpstreamFailure {

	UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
			"The %s service is not available right now."),

	TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, ProblemTypes.GATEWAY_TIMEOUT, "The %s service did not answer in time.");

	private static final Logger log = LoggerFactory.getLogger(UpstreamFailure.class);

	private final HttpStatus status;

	private final URI type;

	private final String detail;

	UpstreamFailure(HttpStatus status, URI type, String detail) {
		this.status = status;
		this.type = type;
		this.detail = detail;
	}

	/**
	 * Whether the exception says the service could not be called, as opposed to a fault
	 * in the gateway itself (which is a 500 like any other).
	 * @param ex what the proxied call threw
	 * @return whether it is a failure to talk to the service
	 */
	static boolean isUpstreamFailure(Throwable ex) {
		return ex instanceof ResourceAccessException;
	}

	/**
	 * The kind of failure. A connect timeout counts as unreachable, not as slow: nothing
	 * was sent yet.
	 * @param ex what the proxied call threw
	 * @return the kind of failure
	 */
	static UpstreamFailure of(Throwable ex) {
		List<Throwable> causes = Stream.iterate(ex, Objects::nonNull, Throwable::getCause).toList();
		if (causes.stream().anyMatch(UpstreamFailure::isUnreachable)) {
			return UNAVAILABLE;
		}
		return causes.stream().anyMatch(UpstreamFailure::isTimeout) ? TIMEOUT : UNAVAILABLE;
	}

	private static boolean isUnreachable(Throwable cause) {
		return cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
				|| cause instanceof UnknownHostException || cause instanceof NoRouteToHostException;
	}

	private static boolean isTimeout(Throwable cause) {
		return cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException;
	}

	static ServerResponse toProblem(String service, Throwable ex, ServerRequest request) {
		UpstreamFailure failure = of(ex);
		String detail = failure.detail.formatted(service);
		log.warn("{} {}: {} ({})", request.method(), request.path(), detail,
				NestedExceptionUtils.getMostSpecificCause(ex).toString());
		return failure.problem(detail, request);
	}

	private ServerResponse problem(String detail, ServerRequest request) {
		ProblemDetail problem = Problems.of(this.status, this.type, this.status.getReasonPhrase(), detail);
		problem.setInstance(URI.create(request.uri().getRawPath()));
		return ServerResponse.status(this.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
