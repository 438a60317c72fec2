package dev.ecommerce.cart.pricing;

import dev.ecommerce.platform.api.Money;

/**
 * Units of one SKU at a unit price.
 *
 * @param sku the SKU
 * @param unitPrice the price of one
 * @param quantity how many
 */
public record PricedLine(String sku, Money unitPrice, int quantity) {

	public Money lineTotal() {
		return this.unitPrice.times(this.quantity);
	}

}
