package dev.ecommerce.cart.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Units of a SKU to put in a cart; a SKU already there gets its quantity raised.
 *
 * @param sku the SKU
 * @param quantity how many, 1–99
 */
public record AddItemRequest(
		@NotBlank @Size(max = 64) @Pattern(regexp = Texts.SKU, message = Texts.SKU_MESSAGE) String sku,
		@NotNull @Min(1) @Max(Texts.MAX_QUANTITY) Integer quantity) {

}
