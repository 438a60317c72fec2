@NullMarked
package dev.ecommerce.cart.catalog;

import org.jspecify.annotations.NullMarked;
