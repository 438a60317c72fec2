/**
 * The demo accounts of {@code ./shop up}: an admin, a seller and a customer.
 */
@NullMarked
package dev.ecommerce.user.demo;

import org.jspecify.annotations.NullMarked;
