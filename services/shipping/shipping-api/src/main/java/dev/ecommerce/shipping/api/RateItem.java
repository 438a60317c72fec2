package dev.ecommerce.shipping.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A line of the basket to ship.
 *
 * @param sku the SKU, whose weight the product service knows
 * @param quantity how many units
 */
public record RateItem(@NotBlank @Size(max = 64) String sku, @Positive @Max(1000) int quantity) {

}
