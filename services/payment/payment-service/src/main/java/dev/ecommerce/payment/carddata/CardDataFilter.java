package dev.ecommerce.payment.carddata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.ecommerce.platform.web.problem.PayloadTooLargeException;
import dev.ecommerce.platform.web.problem.ProblemResponseWriter;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 any request to the payment API whose body or query string carries what
 * looks like a card number, in any field. It runs after security and before the
 * idempotency filter and the controllers, so that no such value is parsed, stored or
 * logged; the refusal does not repeat it. Webhooks are the gateways' own signed bodies
 * and are not inspected.
 */
class CardDataFilter extends OncePerRequestFilter {

	private final ProblemResponseWriter writer;

	CardDataFilter(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !path.startsWith("/payments") || path.startsWith("/payments/webhooks/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (PayloadTooLargeException ex) {
			this.writer.write(response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
					"Payload too large", ex.getMessage()));
			return;
		}
		String query = (request.getQueryString() != null)
				? URLDecoder.decode(request.getQueryString(), StandardCharsets.UTF_8) : "";
		if (CardNumbers.containsCardNumber(new String(body, StandardCharsets.UTF_8))
				|| CardNumbers.containsCardNumber(query)) {
			this.writer.write(response,
					Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.of("card-data-refused"), "Card data refused",
							"The request carries what looks like a card number. Card numbers are never accepted: "
									+ "pay with a token from the gateway (such as tok_visa)."));
			return;
		}
		chain.doFilter(new CachedBody(request, body), response);
	}

	/** The request with its body read once and served again. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already read");
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
