/**
 * The product service's public contract: what its endpoints take and answer, the events
 * it publishes on {@code product.events}, and
 * {@link dev.ecommerce.product.api.ProductClient} for other services. Records here change
 * only compatibly: fields are added, never renamed or removed; an event changes by adding
 * a new version.
 */
@NullMarked
package dev.ecommerce.product.api;

import org.jspecify.annotations.NullMarked;
