package dev.ecommerce.inventory.stock;

import dev.ecommerce.inventory.api.AvailabilityResponse;
import dev.ecommerce.inventory.api.Texts;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
class AvailabilityController {

	private final Availability availability;

	AvailabilityController(Availability availability) {
		this.availability = availability;
	}

	/** Anyone may ask; a SKU no store holds is simply not in stock. */
	@GetMapping("/inventory/{sku}")
	AvailabilityResponse get(
			@PathVariable @Size(max = 64) @Pattern(regexp = Texts.SKU, message = Texts.SKU_MESSAGE) String sku) {
		return this.availability.of(sku);
	}

}
