package dev.ecommerce.payment.gateway;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;

import org.springframework.stereotype.Component;

/** The gateways this instance is configured for, by name. */
@Component
public class Gateways {

	private final Map<String, PaymentGateway> byName = new TreeMap<>();

	Gateways(List<PaymentGateway> gateways) {
		gateways.forEach((gateway) -> this.byName.put(gateway.name(), gateway));
	}

	/**
	 * The gateway a request names.
	 * @param name its name
	 * @return the gateway
	 * @throws InvalidRequestException if it is not one of those enabled
	 */
	public PaymentGateway forRequest(String name) {
		PaymentGateway gateway = this.byName.get(name);
		if (gateway == null) {
			throw new InvalidRequestException("gateway",
					"must be one of the enabled gateways: " + this.byName.keySet());
		}
		return gateway;
	}

	/**
	 * The gateway a webhook is addressed to.
	 * @param name its name, from the path
	 * @return the gateway
	 * @throws NotFoundException if it is not enabled
	 */
	public PaymentGateway forWebhook(String name) {
		PaymentGateway gateway = this.byName.get(name);
		if (gateway == null) {
			throw new NotFoundException("No webhook for gateway '" + name + "'.");
		}
		return gateway;
	}

	/**
	 * The gateway that took a payment recorded earlier.
	 * @param name its name
	 * @return the gateway
	 * @throws GatewayUnavailableException if it is no longer configured
	 */
	public PaymentGateway forPayment(String name) {
		PaymentGateway gateway = this.byName.get(name);
		if (gateway == null) {
			throw new GatewayUnavailableException("The gateway " + name + " is not configured on this instance");
		}
		return gateway;
	}

}
