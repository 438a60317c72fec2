/**
 * Whether each SKU is in stock, as the inventory service's {@code StockLevelChanged}
 * events last said. A SKU the inventory service has never mentioned is out of stock.
 */
@NullMarked
package dev.ecommerce.product.availability;

import org.jspecify.annotations.NullMarked;
