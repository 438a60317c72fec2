package dev.ecommerce.platform.web.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The resource's state forbids the change, or the thing already exists.
 */
public class ConflictException extends ProblemException {

	public ConflictException(String detail) {
		this(ProblemTypes.CONFLICT, "Conflict", detail);
	}

	public ConflictException(URI type, String title, String detail) {
		super(HttpStatus.CONFLICT, type, title, detail);
	}

}
