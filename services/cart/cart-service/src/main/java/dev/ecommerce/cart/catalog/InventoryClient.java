package dev.ecommerce.cart.catalog;

import dev.ecommerce.inventory.api.AvailabilityResponse;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The inventory service's availability read. Declared here because {@code inventory-api}
 * has no client interface yet; it belongs there.
 */
@HttpExchange("/inventory")
interface InventoryClient {

	@GetExchange("/{sku}")
	AvailabilityResponse availability(@PathVariable String sku);

}
