/**
 * The inventory service's public contract: the events it publishes on
 * {@code inventory.events}. Event records change only by adding a new version.
 */
@NullMarked
package dev.ecommerce.inventory.api;

import org.jspecify.annotations.NullMarked;
