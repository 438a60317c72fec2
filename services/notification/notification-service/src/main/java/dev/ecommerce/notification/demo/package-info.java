/**
 * The demo data that {@code ./shop up} shows: preferences of the demo accounts.
 */
@NullMarked
package dev.ecommerce.notification.demo;

import org.jspecify.annotations.NullMarked;
