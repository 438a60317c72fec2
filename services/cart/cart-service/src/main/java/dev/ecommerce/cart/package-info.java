/**
 * The cart service: carts of guests and users ({@code carts}), what the catalog and the
 * inventory say of each SKU ({@code catalog}), coupons ({@code coupon}), shipping rates
 * ({@code shipping}), and the one calculation that prices a basket ({@code pricing},
 * {@code basket}).
 */
@NullMarked
package dev.ecommerce.cart;

import org.jspecify.annotations.NullMarked;
