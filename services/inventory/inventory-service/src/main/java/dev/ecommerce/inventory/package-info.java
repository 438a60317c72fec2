/**
 * The inventory service: stores ({@code store}), stock levels and their ledger
 * ({@code stock}), reservations for the checkout ({@code reservation}) and which seller
 * owns each SKU ({@code ownership}).
 */
@NullMarked
package dev.ecommerce.inventory;

import org.jspecify.annotations.NullMarked;
