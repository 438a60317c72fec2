package dev.ecommerce.platform.web.versioning;

import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

/**
 * An {@code If-Match} that names a version the resource no longer has (412).
 */
public class PreconditionFailedException extends ProblemException {

	public PreconditionFailedException(long currentVersion) {
		super(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
				"The resource has changed since you read it. Read it again and retry with its new ETag.",
				Map.of("currentVersion", currentVersion));
	}

}
