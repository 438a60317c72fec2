package dev.ecommerce.product.api;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A variant of a product as a seller describes it.
 *
 * @param sku the unique stock keeping unit
 * @param attributes what sets it apart from the product's other variants, such as
 * {@code {"size": "M", "colour": "red"}}
 * @param price its price
 * @param weightGrams its shipping weight
 */
public record VariantRequest(
		@NotBlank @Size(max = 64) @Pattern(regexp = TextRules.SKU, message = TextRules.SKU_MESSAGE) String sku,
		@Nullable @Size(max = 20) Map<@Size(min = 1, max = 50) @Pattern(regexp = TextRules.ATTRIBUTE_NAME,
				message = TextRules.ATTRIBUTE_NAME_MESSAGE) String, @NotNull @Size(max = 200) @Pattern(
						regexp = TextRules.LINE, message = TextRules.NO_CONTROL_CHARACTERS) String> attributes,
		@NotNull @Valid Money price, @Nullable @PositiveOrZero @Max(1_000_000) Integer weightGrams) {

	public VariantRequest {
		attributes = (attributes != null) ? attributes : Map.of();
	}

}
