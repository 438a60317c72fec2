/**
 * Demo data for {@code ./shop up}: the demo customer's order history.
 */
@NullMarked
package dev.ecommerce.order.demo;

import org.jspecify.annotations.NullMarked;
