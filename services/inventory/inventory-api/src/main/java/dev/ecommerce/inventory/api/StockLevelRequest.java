package dev.ecommerce.inventory.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sets the stock of a SKU in a store, as a count does. The difference to what was on hand
 * is recorded as a {@code CORRECTION} movement.
 *
 * @param onHand the units in the store; not below those reserved
 * @param lowStockThreshold at or below how many available units an alert opens; kept when
 * not given (0 for a new level)
 * @param note why, for the ledger
 */
public record StockLevelRequest(@NotNull @PositiveOrZero @Max(StockLevelRequest.MAX_UNITS) Integer onHand,
		@Nullable @PositiveOrZero @Max(StockLevelRequest.MAX_UNITS) Integer lowStockThreshold,
		@Nullable @Size(max = 500) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String note) {

	/** The most units of one SKU a store may hold. */
	public static final int MAX_UNITS = 1_000_000_000;

}
