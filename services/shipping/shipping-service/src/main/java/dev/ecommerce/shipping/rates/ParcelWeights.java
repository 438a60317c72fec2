package dev.ecommerce.shipping.rates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ecommerce.platform.web.client.ServiceClients;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.product.api.ProductClient;
import dev.ecommerce.product.api.SkuResponse;
import dev.ecommerce.product.api.SkusResponse;
import dev.ecommerce.shipping.api.RateItem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The weight of a basket, from the product service's variants: each unit weighs what its
 * variant says, or the configured default when it says nothing, and the box adds its
 * packaging.
 */
@Component
class ParcelWeights {

	private final ProductClient products;

	private final RateProperties properties;

	ParcelWeights(ServiceClients serviceClients, RateProperties properties) {
		this.products = serviceClients.create(ProductClient.class, "product");
		this.properties = properties;
	}

	long of(List<RateItem> items) {
		Map<String, Long> quantities = new LinkedHashMap<>();
		items.forEach((item) -> quantities.merge(item.sku(), (long) item.quantity(), Long::sum));
		SkusResponse found = lookUp(List.copyOf(quantities.keySet()));
		if (!found.missing().isEmpty()) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of("unknown-sku"), "Unknown SKU",
					"No product has the SKU " + String.join(", ", found.missing()) + ".",
					Map.of("skus", found.missing()));
		}
		long grams = this.properties.packagingGrams();
		for (SkuResponse sku : found.items()) {
			Integer weight = sku.variant().weightGrams();
			long unit = (weight != null && weight > 0) ? weight : this.properties.defaultItemWeightGrams();
			grams = Math.addExact(grams, Math.multiplyExact(unit, quantities.getOrDefault(sku.variant().sku(), 0L)));
		}
		return Math.max(grams, 1);
	}

	private SkusResponse lookUp(List<String> skus) {
		try {
			return this.products.skus(skus);
		}
		catch (RestClientResponseException ex) {
			// the product service refused our question: not the shopper's fault, and not
			// ours to hide
			throw new ProblemException(HttpStatus.BAD_GATEWAY, ProblemTypes.of("product-lookup-failed"),
					"Product lookup failed",
					"The product service answered " + ex.getStatusCode().value() + " to a lookup of the SKUs.");
		}
		catch (RestClientException ex) {
			// an answer cut off or unreadable: as good as no answer
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
					"Service unavailable",
					"The product service did not answer the weights of the SKUs. Try again shortly.");
		}
	}

}
