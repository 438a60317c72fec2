package dev.ecommerce.order.order;

/**
 * Where an order is: {@code PENDING} while its checkout runs, then {@code CONFIRMED}
 * (stock held and paid), {@code SHIPPED}, {@code DELIVERED}; or it ended as
 * {@code REJECTED} (out of stock, or the checkout could not complete in time),
 * {@code PAYMENT_FAILED} or {@code CANCELLED}; a delivered order may go on to
 * {@code RETURN_REQUESTED} and {@code RETURNED}.
 */
public enum OrderStatus {

	PENDING, CONFIRMED, SHIPPED, DELIVERED, REJECTED, PAYMENT_FAILED, CANCELLED, RETURN_REQUESTED, RETURNED;

	/**
	 * Before the carrier has it: the address and note may change, and it may be
	 * cancelled.
	 */
	public boolean beforeShipment() {
		return this == PENDING || this == CONFIRMED;
	}

	/** Ended without being fulfilled. */
	public boolean failed() {
		return this == REJECTED || this == PAYMENT_FAILED || this == CANCELLED;
	}

}
