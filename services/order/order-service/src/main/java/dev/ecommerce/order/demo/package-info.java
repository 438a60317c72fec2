/**
 * Demo data for {@code ./shop up}: the order history of the demo customer and of the demo
 * shoppers (the online-retail customers the user service opens accounts for).
 */
@NullMarked
package dev.ecommerce.order.demo;

import org.jspecify.annotations.NullMarked;
