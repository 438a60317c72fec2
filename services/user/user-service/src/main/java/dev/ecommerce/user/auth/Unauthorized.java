package dev.ecommerce.user.auth;

import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * Credentials that do not sign anyone in: 401, saying no more than which kind failed.
 */
class Unauthorized extends ProblemException {

	Unauthorized(String detail) {
		super(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail);
	}

}
