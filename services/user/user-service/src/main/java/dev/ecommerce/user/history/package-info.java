/**
 * A user's order history, which the order service keeps and this service shows under the
 * user's own {@code /auth/me}.
 */
@NullMarked
package dev.ecommerce.user.history;

import org.jspecify.annotations.NullMarked;
