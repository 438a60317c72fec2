package dev.ecommerce.shipping.carrier;

import java.time.Instant;

import dev.ecommerce.shipping.api.ShipmentStatus;
import org.jspecify.annotations.Nullable;

/**
 * A step of a parcel's journey as a carrier reports it.
 *
 * @param status the status reached
 * @param location where
 * @param description what happened
 * @param at when
 */
public record Scan(ShipmentStatus status, @Nullable String location, @Nullable String description, Instant at) {

}
