/**
 * Demo data for {@code ./shop up}: stores and stock for the product service's demo
 * catalog. Nothing else depends on it.
 */
@NullMarked
package dev.ecommerce.inventory.demo;

import org.jspecify.annotations.NullMarked;
