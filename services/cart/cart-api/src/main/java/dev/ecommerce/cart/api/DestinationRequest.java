package dev.ecommerce.cart.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Where a cart would ship, for its tax and shipping rates.
 *
 * @param country ISO 3166-1 alpha-2
 * @param postalCode the postal code, if known
 */
public record DestinationRequest(
		@NotBlank @Pattern(regexp = Texts.COUNTRY, message = Texts.COUNTRY_MESSAGE) String country,
		@Nullable @Size(max = 20) @Pattern(regexp = Texts.LINE, message = Texts.LINE_MESSAGE) String postalCode) {

}
