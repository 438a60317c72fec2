package dev.ecommerce.cart.api;

import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The cart service for other services (the order service), as a Spring HTTP interface
 * client: <pre>
 * CartClient carts = serviceClients.create(CartClient.class, "cart");
 * QuoteResponse quote = carts.quote(new QuoteRequest(lines, "WELCOME10", address, rateId));
 * </pre> A quote changes nothing, but it is a POST: it is not retried by the platform's
 * client unless the caller sends an {@code Idempotency-Key}.
 */
@HttpExchange("/carts")
public interface CartClient {

	/**
	 * Prices a basket. An unknown SKU answers 404; stock is not checked (the inventory
	 * does that at reservation) but reported in the warnings.
	 * @param request the lines, coupon and destination
	 * @return the priced basket
	 */
	@PostExchange("/quote")
	QuoteResponse quote(@RequestBody QuoteRequest request);

	/**
	 * A cart, priced now (a {@code SERVICE} token reads any cart).
	 * @param id the cart
	 * @return the cart
	 */
	@GetExchange("/{id}")
	CartResponse cart(@PathVariable UUID id);

}
