package dev.ecommerce.shipping.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A scan or status report from the carrier, or an admin's correction ({@code POST
 * /shippings/{id}/events}).
 *
 * @param status the new status
 * @param location where it happened, if known
 * @param description what happened, for people
 * @param at when it happened; now if not given
 */
public record TrackingEventRequest(@NotNull ShipmentStatus status, @Nullable @Size(max = 200) String location,
		@Nullable @Size(max = 500) String description, @Nullable Instant at) {

}
