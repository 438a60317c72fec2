package dev.ecommerce.order.api;

import dev.ecommerce.platform.api.Money;

/**
 * What an order costs, as quoted at checkout by the cart and shipping services.
 *
 * @param subtotal the lines' totals
 * @param discount what the coupon took off
 * @param shipping the shipping rate
 * @param tax the tax included
 * @param total what is charged
 */
public record OrderTotals(Money subtotal, Money discount, Money shipping, Money tax, Money total) {

}
