package dev.ecommerce.product.api;

import java.util.Collection;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The product service for other services, as a Spring HTTP interface client: <pre>
 * ProductClient products = serviceClients.create(ProductClient.class, "product");
 * SkuResponse sku = products.sku("85123A");
 * </pre> Reads only, so calls are retried on timeouts and 502/503/504. An unknown or
 * invisible product or SKU answers 404 ({@code HttpClientErrorException.NotFound}).
 */
@HttpExchange("/products")
public interface ProductClient {

	/**
	 * A product by its id.
	 * @param id the product's id
	 * @return the product
	 */
	@GetExchange("/{id}")
	ProductResponse product(@PathVariable UUID id);

	/**
	 * A SKU with its product.
	 * @param sku the SKU
	 * @return the SKU's product and variant
	 */
	@GetExchange("/skus/{sku}")
	SkuResponse sku(@PathVariable String sku);

	/**
	 * Several SKUs at once, at most 100.
	 * @param skus the SKUs
	 * @return those found, and those missing
	 */
	@GetExchange("/skus")
	SkusResponse skus(@RequestParam("sku") Collection<String> skus);

}
