@NullMarked
package dev.ecommerce.cart.demo;

import org.jspecify.annotations.NullMarked;
