package dev.ecommerce.platform.web.problem;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error a service raises on purpose, answered as a problem detail of its kind, e.g.
 * {@code throw new ProblemException(HttpStatus.CONFLICT, ProblemTypes.of("duplicate-sku"),
 * "Duplicate SKU", "SKU 84029E is already in use")}. Services usually subclass it per
 * kind ({@code DuplicateSkuException}).
 */
public class ProblemException extends ErrorResponseException {

	public ProblemException(HttpStatusCode status, URI type, String title, String detail) {
		this(status, type, title, detail, Map.of());
	}

	public ProblemException(HttpStatusCode status, URI type, String title, String detail,
			Map<String, Object> properties) {
		super(status, problem(status, type, title, detail, properties), null);
	}

	private static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail,
			Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		properties.forEach(problem::setProperty);
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
