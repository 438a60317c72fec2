package dev.ecommerce.order.order;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An entry of an order's status history.
 *
 * @param status the status it entered
 * @param at when
 * @param reason why, if said
 */
public record StatusChange(OrderStatus status, Instant at, @Nullable String reason) {

}
