package dev.ecommerce.cart.shipping;

import java.util.List;
import java.util.Map;

import dev.ecommerce.cart.api.CartWarning;
import dev.ecommerce.cart.api.ShippingAddress;
import dev.ecommerce.cart.api.ShippingOption;
import dev.ecommerce.platform.web.client.ServiceClients;
import dev.ecommerce.platform.web.client.ServiceUnavailableException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Shipping costs come from the shipping service's rate quotes (ADR 0007): without a
 * destination, or when the shipping service cannot answer, there is no rate and the
 * basket counts shipping as zero with a warning, so that a cart can still be shown.
 */
@Component
public class ShippingRates {

	private static final Logger log = LoggerFactory.getLogger(ShippingRates.class);

	private final ShippingClient shipping;

	ShippingRates(ServiceClients clients) {
		this.shipping = clients.create(ShippingClient.class, "shipping");
	}

	/**
	 * The rate for a basket: the one asked for when it is still valid, else the cheapest.
	 * @param destination where it goes, if known
	 * @param items units per SKU
	 * @param currency the basket's currency
	 * @param rateId the rate the buyer chose, if any
	 * @return the rate, or a warning
	 */
	public ShippingQuote quote(@Nullable ShippingAddress destination, Map<String, Integer> items, String currency,
			@Nullable String rateId) {
		if (destination == null) {
			return new ShippingQuote(null, CartWarning.of("SHIPPING_UNKNOWN",
					"Shipping is added once a destination is known; it is not included yet."));
		}
		if (items.isEmpty()) {
			return new ShippingQuote(null, null);
		}
		CartWarning warning = null;
		try {
			if (rateId != null) {
				try {
					ShippingClient.Rate chosen = this.shipping.rate(rateId);
					if (chosen.amount().currency().equals(currency)) {
						return new ShippingQuote(option(chosen), null);
					}
				}
				catch (HttpClientErrorException.NotFound | HttpClientErrorException.Gone ex) {
					// fall through to the cheapest rate
				}
				warning = CartWarning.of("SHIPPING_RATE_INVALID",
						"The chosen shipping rate is unknown or has expired; the cheapest rate is used instead.");
			}
			List<ShippingClient.Rate> rates = this.shipping.rates(new ShippingClient.RatesRequest(destination,
					items.entrySet().stream().map((e) -> new ShippingClient.Item(e.getKey(), e.getValue())).toList()));
			ShippingClient.Rate cheapest = (rates == null) ? null
					: rates.stream()
						.filter((rate) -> rate.amount() != null && rate.amount().currency().equals(currency))
						.min(java.util.Comparator.comparingLong((ShippingClient.Rate rate) -> rate.amount().amount()))
						.orElse(null);
			if (cheapest == null) {
				return new ShippingQuote(null, CartWarning.of("SHIPPING_UNAVAILABLE",
						"No shipping rate is offered to this destination; shipping is not included."));
			}
			return new ShippingQuote(option(cheapest), warning);
		}
		catch (RestClientException | ServiceUnavailableException ex) {
			log.warn("No shipping rate: {}", ex.getMessage());
			return new ShippingQuote(null, CartWarning.of("SHIPPING_UNAVAILABLE",
					"Shipping costs cannot be calculated right now; shipping is not included yet."));
		}
	}

	private static ShippingOption option(ShippingClient.Rate rate) {
		return new ShippingOption(rate.rateId(), rate.carrier(), rate.service(), rate.amount(), rate.estimatedDays());
	}

}
