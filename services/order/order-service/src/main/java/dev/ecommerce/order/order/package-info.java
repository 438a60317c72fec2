/**
 * Orders: what was bought at what price, their status and its history, listing and
 * reading them, changing the address and note.
 */
@NullMarked
package dev.ecommerce.order.order;

import org.jspecify.annotations.NullMarked;
