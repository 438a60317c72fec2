package dev.ecommerce.platform.web.problem;

import java.net.URI;
import java.util.List;

import org.slf4j.MDC;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import dev.ecommerce.platform.web.requestid.RequestIdFilter;

/**
 * Makes the problem details that every service answers with, so that they all carry the
 * same members: {@code type}, {@code title}, {@code status}, {@code detail}, the
 * {@code requestId} to quote when asking for help, and {@code errors} for field errors.
 */
public final class Problems {

	private Problems() {
	}

	/**
	 * A problem of a given kind.
	 * @param status the HTTP status
	 * @param type the kind, from {@link ProblemTypes}
	 * @param title a short summary of the kind, the same for every occurrence
	 * @param detail what happened this time, in words a client may show
	 * @return the problem
	 */
	public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return withRequestId(problem);
	}

	/**
	 * A validation problem listing each field in error.
	 * @param errors the fields and what is wrong with each
	 * @return the problem
	 */
	public static ProblemDetail validation(List<FieldError> errors) {
		ProblemDetail problem = of(org.springframework.http.HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
				"Invalid request", "The request has invalid fields; see errors.");
		problem.setProperty("errors", errors);
		return problem;
	}

	static ProblemDetail withRequestId(ProblemDetail problem) {
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

	/**
	 * One field in error.
	 *
	 * @param field the field's path in the request, such as {@code lines[0].quantity}, or
	 * the name of a parameter or header
	 * @param message what is wrong with it
	 */
	public record FieldError(String field, String message) {

	}

	/**
	 * Where in a JSON document a Jackson error happened, for a client to find it.
	 * @param ex the error
	 * @return the path, e.g. {@code variants[2].price}, or empty at the top level
	 */
	public static String jsonPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
