package dev.ecommerce.gateway.ratelimit;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import org.jspecify.annotations.Nullable;

import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Refuses a request with {@code 429} when its client has used up its requests.
 *
 * <p>
 * A request counts against the address it came from and, when it carries a bearer token,
 * also against that token: the address alone would let one user with many tokens through
 * and would lump together everyone behind one NAT; the token alone would let anyone
 * without a token through. The address is the TCP peer's, or the original client's only
 * when a proxy in front is trusted through Boot's
 * {@code server.forward-headers-strategy=native}; an {@code X-Forwarded-For} sent by the
 * client itself never picks the bucket.
 */
@Component
public class RateLimitFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private static final String BEARER = "bearer ";

	private final boolean enabled;

	private final ClientBuckets addresses;

	private final ClientBuckets tokens;

	RateLimitFilter(RateLimitProperties properties) {
		this.enabled = properties.enabled();
		this.addresses = new ClientBuckets(properties);
		this.tokens = new ClientBuckets(properties);
	}

	@Override
	public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		if (!this.enabled) {
			return next.handle(request);
		}
		ConsumptionProbe byAddress = this.addresses.tryTake(request.servletRequest().getRemoteAddr());
		if (!byAddress.isConsumed()) {
			return tooManyRequests(request, byAddress);
		}
		String token = bearerToken(request);
		if (token != null) {
			ConsumptionProbe byToken = this.tokens.tryTake(fingerprint(token));
			if (!byToken.isConsumed()) {
				return tooManyRequests(request, byToken);
			}
		}
		return next.handle(request);
	}

	private static @Nullable String bearerToken(ServerRequest request) {
		String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		String token = authorization.substring(BEARER.length()).trim();
		return token.isEmpty() ? null : token;
	}

	/**
	 * The key of a token's bucket: a digest, so that the cache holds no usable
	 * credentials.
	 */
	private static String fingerprint(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private static ServerResponse tooManyRequests(ServerRequest request, ConsumptionProbe probe) {
		long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
				HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase(),
				"Too many requests from this client; retry after " + retryAfter + " seconds.");
		problem.setInstance(URI.create(request.uri().getRawPath()));
		return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
