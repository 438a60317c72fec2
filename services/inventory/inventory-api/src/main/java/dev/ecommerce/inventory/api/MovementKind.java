package dev.ecommerce.inventory.api;

/**
 * Why the stock on hand changed: goods received ({@code RECEIPT}, adds), sold and shipped
 * ({@code SALE}, takes), returned by a customer ({@code RETURN}, adds), damaged or lost
 * ({@code WRITE_OFF}, takes), or counted and found different ({@code CORRECTION},
 * either).
 */
public enum MovementKind {

	RECEIPT, SALE, RETURN, WRITE_OFF, CORRECTION

}
