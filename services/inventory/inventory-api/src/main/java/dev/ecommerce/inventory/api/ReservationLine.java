package dev.ecommerce.inventory.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Units of one SKU an order needs.
 *
 * @param sku the SKU
 * @param quantity how many, at least 1
 */
public record ReservationLine(
		@NotBlank @Size(max = 64) @Pattern(regexp = Texts.SKU, message = Texts.SKU_MESSAGE) String sku,
		@NotNull @Positive @Max(StockLevelRequest.MAX_UNITS) Integer quantity) {

}
