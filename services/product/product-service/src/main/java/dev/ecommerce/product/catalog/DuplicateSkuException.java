package dev.ecommerce.product.catalog;

import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.ProblemTypes;

/**
 * A SKU that another product has already, or that a product lists twice (409).
 */
class DuplicateSkuException extends ConflictException {

	private DuplicateSkuException(String detail) {
		super(ProblemTypes.of("duplicate-sku"), "Duplicate SKU", detail);
	}

	static DuplicateSkuException takenByAnotherProduct(String sku) {
		return new DuplicateSkuException("SKU " + sku + " belongs to another product.");
	}

	static DuplicateSkuException repeated(String sku, int index, int earlier) {
		return new DuplicateSkuException(
				"SKU " + sku + " is listed twice: variants[" + index + "] repeats variants[" + earlier + "].");
	}

	static DuplicateSkuException takenMeanwhile() {
		return new DuplicateSkuException("A SKU of the product was taken by another product at the same time.");
	}

}
