package dev.ecommerce.inventory.api;

/**
 * Where a reservation is: stock {@code HELD} for the order, then {@code COMMITTED} (it
 * left with the order), {@code RELEASED} (returned on request) or {@code EXPIRED}
 * (returned by itself after its time to live).
 */
public enum ReservationStatus {

	HELD, COMMITTED, RELEASED, EXPIRED

}
