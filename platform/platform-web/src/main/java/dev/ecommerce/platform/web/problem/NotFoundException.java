package dev.ecommerce.platform.web.problem;

import org.springframework.http.HttpStatus;

/**
 * No such resource, or one the caller may not know of: both answer the same 404, so that
 * another user's resource is not revealed to exist.
 */
public class NotFoundException extends ProblemException {

	public NotFoundException(String detail) {
		super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", detail);
	}

}
