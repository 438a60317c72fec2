/**
 * The demo accounts of {@code ./shop up}: an admin, a seller, a customer and the retail
 * shoppers.
 */
@NullMarked
package dev.ecommerce.user.demo;

import org.jspecify.annotations.NullMarked;
