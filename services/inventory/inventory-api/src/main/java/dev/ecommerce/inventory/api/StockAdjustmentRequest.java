package dev.ecommerce.inventory.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Changes the stock on hand of a SKU in a store by a number of units.
 *
 * @param delta the units added (positive) or taken (negative), never 0
 * @param reason the kind of movement: {@code RECEIPT} and {@code RETURN} add,
 * {@code SALE} and {@code WRITE_OFF} take, {@code CORRECTION} either
 * @param note why, for the ledger
 */
public record StockAdjustmentRequest(
		@NotNull @Min(-StockLevelRequest.MAX_UNITS) @Max(StockLevelRequest.MAX_UNITS) Integer delta,
		@NotNull MovementKind reason,
		@Nullable @Size(max = 500) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String note) {

}
