/**
 * The product service: products and their variants ({@code catalog}), the category tree
 * ({@code category}), search ({@code search}), stock flags from the inventory service
 * ({@code availability}) and the demo catalog ({@code demo}).
 */
@NullMarked
package dev.ecommerce.product;

import org.jspecify.annotations.NullMarked;
