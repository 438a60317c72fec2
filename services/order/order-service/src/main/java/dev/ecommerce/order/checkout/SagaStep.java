package dev.ecommerce.order.checkout;

/**
 * The steps of the checkout saga, in order; {@code COMPENSATE} undoes whatever was done
 * (shipment voided, payment refunded, stock released or put back) and ends the saga.
 */
enum SagaStep {

	RESERVE_STOCK, TAKE_PAYMENT, COMMIT_STOCK, CREATE_SHIPMENT, COMPENSATE, DONE;

	/** Steps before the order is confirmed: given up on the deadline. */
	boolean beforeConfirmation() {
		return this == RESERVE_STOCK || this == TAKE_PAYMENT;
	}

}
