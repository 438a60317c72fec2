package dev.ecommerce.payment.carddata;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import dev.ecommerce.platform.web.problem.PayloadTooLargeException;
import dev.ecommerce.platform.web.problem.ProblemResponseWriter;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.problem.Problems;
import dev.ecommerce.platform.web.servlet.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

}
