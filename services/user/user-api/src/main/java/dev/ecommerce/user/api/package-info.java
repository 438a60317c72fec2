/**
 * The user service's public contract: what its endpoints take and answer, the events it
 * publishes on {@code user.events}, and {@link dev.ecommerce.user.api.UserClient} for
 * other services. Records here change only compatibly: fields are added, never renamed or
 * removed; an event changes by adding a new version.
 */
@NullMarked
package dev.ecommerce.user.api;

import org.jspecify.annotations.NullMarked;
