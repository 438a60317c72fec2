package dev.ecommerce.inventory.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stock held for an order.
 *
 * @param id the reservation
 * @param orderId the order
 * @param status where it is
 * @param expiresAt when held stock returns by itself
 * @param allocations which store holds how many units of each SKU
 */
public record ReservationResponse(UUID id, UUID orderId, ReservationStatus status, Instant expiresAt,
		List<Allocation> allocations) {

}
