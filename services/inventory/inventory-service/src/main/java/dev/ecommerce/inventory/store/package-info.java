/**
 * Stores: the warehouses and retail shops that hold stock.
 */
@NullMarked
package dev.ecommerce.inventory.store;

import org.jspecify.annotations.NullMarked;
