package dev.ecommerce.shipping.api;

import java.util.List;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The shipping service for other services, as a Spring HTTP interface client: <pre>
 * ShippingClient shipping = serviceClients.create(ShippingClient.class, "shipping");
 * List&lt;RateResponse&gt; rates = shipping.rates(new RateRequest(destination, items));
 * </pre>
 */
@HttpExchange("/shippings")
public interface ShippingClient {

	/**
	 * The rates for a basket to a destination, cheapest first; 422 when no carrier serves
	 * the destination or takes the weight.
	 * @param request the destination and the items
	 * @return the rates
	 */
	@PostExchange("/rates")
	List<RateResponse> rates(@RequestBody RateRequest request);

	/**
	 * A rate again, from its id: 404 when the id was forged or altered, 410 when it
	 * expired.
	 * @param rateId the rate's id
	 * @return the rate
	 */
	@GetExchange("/rates/{rateId}")
	RateResponse rate(@PathVariable String rateId);

	/**
	 * Creates the shipment of an order, once: a repeat answers the same shipment.
	 * @param idempotencyKey e.g. {@code order-<orderId>-shipment}
	 * @param request the order, the rate and the address
	 * @return the shipment
	 */
	@PostExchange
	ShipmentResponse create(@RequestHeader("Idempotency-Key") String idempotencyKey,
			@RequestBody ShipmentRequest request);

}
