package dev.ecommerce.cart.api;

import dev.ecommerce.platform.api.Money;

/**
 * What a basket costs, in minor units:
 * {@code total = subtotal - discount + shipping + tax}.
 *
 * @param subtotal the lines' totals added up
 * @param discount what the coupon takes off, never more than the subtotal
 * @param shipping the shipping rate (zero when free, or not known yet: see the warnings)
 * @param tax the tax on {@code subtotal - discount + shipping}
 * @param total what the shopper pays
 */
public record Totals(Money subtotal, Money discount, Money shipping, Money tax, Money total) {

}
