package dev.ecommerce.platform.web.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import dev.ecommerce.platform.web.problem.PayloadTooLargeException;
import dev.ecommerce.platform.web.problem.ProblemResponseWriter;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.problem.Problems;
import dev.ecommerce.platform.web.servlet.CachedBodyRequest;

/**
 * Honours {@code Idempotency-Key} on {@code POST}: the first request's status and body
 * are stored and replayed for a repeat with the same key and the same request; the same
 * key with another request gets 422, and a repeat while the first still runs gets 409.
 * Keys are per caller. It runs after security, so that a key is never spent on a request
 * refused for its token.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

	public static final String HEADER = "Idempotency-Key";

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final int MAX_KEY_LENGTH = 255;

	/** Outcomes that say nothing about the request itself: a retry must run it again. */
	private static final Set<Integer> NOT_STORED = Set.of(401, 403, 408, 429);

	private static final boolean SECURITY_PRESENT = ClassUtils.isPresent(
			"org.springframework.security.core.context.SecurityContextHolder",
			IdempotencyFilter.class.getClassLoader());

	private final IdempotencyKeys keys;

	private final ProblemResponseWriter writer;

	private final List<PathPattern> requiredPaths;

	IdempotencyFilter(IdempotencyKeys keys, ProblemResponseWriter writer, List<String> requiredPaths) {
		this.keys = keys;
		this.writer = writer;
		this.requiredPaths = requiredPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key == null) {
			if (isRequired(request)) {
				invalidKey(response, "header is required for this request");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			invalidKey(response, "must be 1 to " + MAX_KEY_LENGTH + " characters");
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (PayloadTooLargeException ex) {
			this.writer.write(response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
					"Payload too large", ex.getMessage()));
			return;
		}
		String scope = callerOf();
		Claim claim = this.keys.claim(scope, key, fingerprint(request, body));
		switch (claim.outcome()) {
			case PROCEED -> proceed(new CachedBodyRequest(request, body), response, chain, scope, key);
			case REPLAY -> replay(claim.response(), response);
			case MISMATCH -> this.writer.write(response,
					Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
							"Idempotency key reused",
							"This Idempotency-Key was used for a different request. Use a new key for a new request."));
			case IN_PROGRESS -> this.writer.write(response,
					Problems.of(HttpStatus.CONFLICT, ProblemTypes.IDEMPOTENCY_KEY_IN_USE, "Request in progress",
							"A request with this Idempotency-Key is still being processed. Retry later."));
		}
	}

	private void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String scope,
			String key) throws IOException, ServletException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		try {
			chain.doFilter(request, recorded);
			int status = recorded.getStatus();
			if (status < 500 && !NOT_STORED.contains(status)) {
				this.keys.complete(scope, key,
						new StoredResponse(status, recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
								recorded.getHeader(HttpHeaders.ETAG), recorded.getContentAsByteArray()));
				stored = true;
			}
		}
		finally {
			if (!stored) {
				this.keys.release(scope, key);
			}
			recorded.copyBodyToResponse();
		}
	}

	private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		if (stored.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, stored.etag());
		}
		response.setHeader(REPLAYED_HEADER, "true");
		response.setContentLength(stored.body().length);
		response.getOutputStream().write(stored.body());
	}

	private void invalidKey(HttpServletResponse response, String message) throws IOException {
		this.writer.write(response, Problems.validation(List.of(new Problems.FieldError(HEADER, message))));
	}

	private boolean isRequired(HttpServletRequest request) {
		var path = org.springframework.http.server.PathContainer.parsePath(request.getRequestURI());
		return this.requiredPaths.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	private static String callerOf() {
		if (!SECURITY_PRESENT) {
			return "anonymous";
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean known = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return known ? authentication.getName() : "anonymous";
	}

	static String fingerprint(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
			digest.update((request.getMethod() + " " + request.getRequestURI() + query + "\n")
				.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
