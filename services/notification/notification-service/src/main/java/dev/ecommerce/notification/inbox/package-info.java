/**
 * The in-app inbox of each user.
 */
@NullMarked
package dev.ecommerce.notification.inbox;

import org.jspecify.annotations.NullMarked;
