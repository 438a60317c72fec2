@NullMarked
package dev.ecommerce.cart.pricing;

import org.jspecify.annotations.NullMarked;
