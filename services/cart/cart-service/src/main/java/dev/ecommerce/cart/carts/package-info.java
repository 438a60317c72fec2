@NullMarked
package dev.ecommerce.cart.carts;

import org.jspecify.annotations.NullMarked;
