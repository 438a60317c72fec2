/**
 * The order service: orders, the checkout saga that confirms them, tracking and returns.
 */
@NullMarked
package dev.ecommerce.order;

import org.jspecify.annotations.NullMarked;
