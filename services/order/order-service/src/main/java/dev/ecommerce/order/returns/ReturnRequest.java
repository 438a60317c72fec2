package dev.ecommerce.order.returns;

import java.util.List;

import dev.ecommerce.inventory.api.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Lines of a delivered order the customer sends back.
 *
 * @param lines the SKUs and units
 * @param reason why
 */
record ReturnRequest(@NotNull @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines,
		@NotBlank @Size(max = 500) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String reason) {

	/**
	 * @param sku the SKU
	 * @param quantity how many units
	 */
	record Line(@NotBlank @Size(max = 64) @Pattern(regexp = Texts.SKU, message = Texts.SKU_MESSAGE) String sku,
			@NotNull @Positive Integer quantity) {

	}

}
