package dev.ecommerce.inventory.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Holds stock for an order: all lines or none.
 *
 * @param orderId the order; a second request for it answers the first reservation
 * @param lines the SKUs and quantities, each SKU once
 * @param ttlSeconds how long the stock is held before it returns by itself; 900 when not
 * given, at most a day
 */
public record ReservationRequest(@NotNull UUID orderId,
		@NotNull @NotEmpty @Size(max = 100) List<@NotNull @Valid ReservationLine> lines,
		@Nullable @Positive @Max(86_400) Integer ttlSeconds) {

	/** How long stock is held when the request does not say. */
	public static final int DEFAULT_TTL_SECONDS = 900;

}
