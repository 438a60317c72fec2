/**
 * The category tree that products are listed in: admins manage it, everyone reads it.
 */
@NullMarked
package dev.ecommerce.product.category;

import org.jspecify.annotations.NullMarked;
