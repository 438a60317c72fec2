package dev.ecommerce.platform.web.requestid;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that follows it through the logs of every service it reaches.
 * The id comes from the {@value #HEADER} header when the caller sent a sensible one, and
 * is generated otherwise; it is put in the log context, in the response, and in the
 * request as seen downstream, so that a proxied or onward call carries it too.
 */
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "requestId";

	/**
	 * What a caller may send: no spaces or control characters, nothing to inject into
	 * logs.
	 */
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = acceptableOrNew(request.getHeader(HEADER));
		MDC.put(MDC_KEY, requestId);
		response.setHeader(HEADER, requestId);
		try {
			chain.doFilter(new WithRequestId(request, requestId), response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// the error page's problem detail carries the id too
		return false;
	}

	static String acceptableOrNew(@Nullable String candidate) {
		return (candidate != null && ACCEPTABLE.matcher(candidate).matches()) ? candidate
				: UUID.randomUUID().toString();
	}

	private static final class WithRequestId extends HttpServletRequestWrapper {

		private final String requestId;

		WithRequestId(HttpServletRequest request, String requestId) {
			super(request);
			this.requestId = requestId;
		}

		@Override
		public @Nullable String getHeader(String name) {
			return HEADER.equalsIgnoreCase(name) ? this.requestId : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(this.requestId))
					: super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			java.util.List<String> names = Collections.list(super.getHeaderNames());
			if (names.stream().noneMatch(HEADER::equalsIgnoreCase)) {
				names.add(HEADER);
			}
			return Collections.enumeration(names);
		}

	}

}
