package dev.ecommerce.platform.web.problem;

import java.io.IOException;

/**
 * A request body over the size limit. An {@link IOException}, so that it passes through
 * the readers of the body to the problem-details handling.
 */
public class PayloadTooLargeException extends IOException {

	public PayloadTooLargeException(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes.");
	}

}
