/**
 * The inventory service's benchmark: reservations of one hot SKU and of 1,000 SKUs
 * through the service, each next to the same conditional SQL update run directly over
 * JDBC.
 */
package dev.ecommerce.bench.inventory;
