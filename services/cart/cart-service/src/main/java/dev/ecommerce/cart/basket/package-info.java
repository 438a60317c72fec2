@NullMarked
package dev.ecommerce.cart.basket;

import org.jspecify.annotations.NullMarked;
