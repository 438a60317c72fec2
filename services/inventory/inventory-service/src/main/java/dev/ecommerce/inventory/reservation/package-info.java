/**
 * Reservations for the checkout: stock held for an order across stores, all lines or
 * none, then committed, released or expired, each exactly once.
 */
@NullMarked
package dev.ecommerce.inventory.reservation;

import org.jspecify.annotations.NullMarked;
