package dev.ecommerce.platform.web.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request that passed the annotations but breaks a rule, answered as a validation
 * problem naming the field.
 */
public class InvalidRequestException extends ProblemException {

	public InvalidRequestException(String field, String message) {
		this(List.of(new Problems.FieldError(field, message)));
	}

	public InvalidRequestException(List<Problems.FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
				"The request has invalid fields; see errors.", java.util.Map.of("errors", errors));
	}

}
