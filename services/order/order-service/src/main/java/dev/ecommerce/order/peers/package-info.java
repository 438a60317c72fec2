/**
 * Small clients of the services the checkout talks to (cart, shipping, payment,
 * inventory), each with only the fields it reads.
 */
@NullMarked
package dev.ecommerce.order.peers;

import org.jspecify.annotations.NullMarked;
