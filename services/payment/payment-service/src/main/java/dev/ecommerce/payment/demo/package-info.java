/**
 * Demo data for {@code ./shop up}: a few sandbox payments to look at.
 */
@NullMarked
package dev.ecommerce.payment.demo;

import org.jspecify.annotations.NullMarked;
