package dev.ecommerce.inventory.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a stock level's ledger: what changed the units on hand, by how much, who
 * and why. Summing the quantities of a level's movements gives its units on hand.
 *
 * @param id the movement
 * @param kind receipt, sale, return, write-off or correction
 * @param quantity units added (positive) or taken (negative)
 * @param onHandAfter the units on hand after it
 * @param actor who: a user id, or a service's client id
 * @param note why, as given
 * @param reservationId the reservation whose commit sold the units, for a sale at
 * checkout
 * @param at when
 */
public record StockMovementResponse(UUID id, MovementKind kind, int quantity, int onHandAfter, String actor,
		@Nullable String note, @Nullable UUID reservationId, Instant at) {

}
