@NullMarked
package dev.ecommerce.cart.shipping;

import org.jspecify.annotations.NullMarked;
