/**
 * Stock levels per store and SKU, the ledger of their movements, what is available per
 * SKU, and the {@code StockLevelChanged} events.
 */
@NullMarked
package dev.ecommerce.inventory.stock;

import org.jspecify.annotations.NullMarked;
