package dev.ecommerce.shipping.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request for shipping rates ({@code POST /shippings/rates}).
 *
 * @param destination where the parcel goes
 * @param items what goes in it
 */
public record RateRequest(@NotNull @Valid Destination destination,
		@NotEmpty @Size(max = 100) List<@NotNull @Valid RateItem> items) {

}
