package dev.ecommerce.cart.api;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * The shipping rate a quote counted, as the shipping service offered it.
 *
 * @param rateId the shipping service's rate id, to book the shipment with
 * @param carrier the carrier
 * @param service the carrier's service
 * @param amount what the rate costs (before a free-shipping coupon)
 * @param estimatedDays how long delivery takes
 */
public record ShippingOption(String rateId, @Nullable String carrier, @Nullable String service, Money amount,
		@Nullable Integer estimatedDays) {

}
