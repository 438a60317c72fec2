package dev.ecommerce.shipping.api;

/**
 * Where a shipment is: {@code LABEL_CREATED} → {@code PICKED_UP} → {@code IN_TRANSIT} →
 * {@code OUT_FOR_DELIVERY} → {@code DELIVERED}, or {@code EXCEPTION} on the way and
 * {@code RETURNED_TO_SENDER} at the end; {@code VOIDED} when the label was cancelled
 * before pickup.
 */
public enum ShipmentStatus {

	LABEL_CREATED, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION, RETURNED_TO_SENDER, VOIDED

}
