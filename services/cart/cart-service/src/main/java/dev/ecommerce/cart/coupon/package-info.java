@NullMarked
package dev.ecommerce.cart.coupon;

import org.jspecify.annotations.NullMarked;
