/**
 * The product service's benchmark: a generated catalog of 100,000 products, then search
 * and product reads under concurrent load, next to a trivial endpoint as the baseline.
 */
package dev.ecommerce.bench.product;
