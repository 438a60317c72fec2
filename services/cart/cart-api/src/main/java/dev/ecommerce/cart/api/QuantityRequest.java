package dev.ecommerce.cart.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The new quantity of a cart's line.
 *
 * @param quantity 1–99
 */
public record QuantityRequest(@NotNull @Min(1) @Max(Texts.MAX_QUANTITY) Integer quantity) {

}
