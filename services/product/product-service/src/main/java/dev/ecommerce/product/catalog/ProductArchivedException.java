package dev.ecommerce.product.catalog;

import java.util.UUID;

import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

/**
 * A change to an archived product that does not restore it (409).
 */
class ProductArchivedException extends ConflictException {

	ProductArchivedException(UUID id) {
		super(ProblemTypes.of("product-archived"), "Product archived",
				"Product " + id + " is archived; set its status to ACTIVE or DRAFT to restore it before changing it.");
	}

}
