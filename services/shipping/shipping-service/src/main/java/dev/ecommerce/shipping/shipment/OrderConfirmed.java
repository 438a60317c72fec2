package dev.ecommerce.shipping.shipment;

import java.util.List;
import java.util.UUID;

import dev.ecommerce.shipping.api.ShippingAddress;
import org.jspecify.annotations.Nullable;

/**
 * The order service's {@code OrderConfirmed}, only what shipping reads of it (a tolerant
 * reader: the order service's -api module is being written beside this one; other members
 * are ignored).
 *
 * @param orderId the order
 * @param number its number for people
 * @param userId the shopper
 * @param lines what was bought
 * @param shippingAddress where it goes
 * @param shippingRateId the rate the shopper chose, if any
 */
record OrderConfirmed(UUID orderId, @Nullable String number, @Nullable UUID userId, @Nullable List<Line> lines,
		ShippingAddress shippingAddress, @Nullable String shippingRateId) {

	static final String TYPE = "dev.ecommerce.order.OrderConfirmed.v1";

	/**
	 * A line of the order.
	 *
	 * @param sku the SKU
	 * @param quantity how many units
	 */
	record Line(String sku, int quantity) {

	}

}
