/**
 * The demo catalog: real products of a UK gift shop (the UCI Online Retail data set),
 * imported when the service starts with the {@code demo} profile and an empty catalog.
 */
@NullMarked
package dev.ecommerce.product.demo;

import org.jspecify.annotations.NullMarked;
