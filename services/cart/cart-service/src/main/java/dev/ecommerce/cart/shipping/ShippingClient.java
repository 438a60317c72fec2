package dev.ecommerce.cart.shipping;

import java.util.List;

import dev.ecommerce.cart.api.ShippingAddress;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The shipping service's rate quotes, as agreed between the services (a tolerant reader:
 * only the fields read here). Declared here until {@code shipping-api} exists.
 */
@HttpExchange("/shippings/rates")
interface ShippingClient {

	@PostExchange
	List<Rate> rates(@RequestBody RatesRequest request);

	@GetExchange("/{rateId}")
	Rate rate(@PathVariable String rateId);

	record RatesRequest(ShippingAddress destination, List<Item> items) {

	}

	record Item(String sku, int quantity) {

	}

	record Rate(String rateId, @Nullable String carrier, @Nullable String service, Money amount,
			@Nullable Integer estimatedDays) {

	}

}
