/**
 * Keeps card data out: a request that carries anything that looks like a card number is
 * refused before any other part of the service reads it, and the number is never echoed
 * or logged.
 */
@NullMarked
package dev.ecommerce.payment.carddata;

import org.jspecify.annotations.NullMarked;
