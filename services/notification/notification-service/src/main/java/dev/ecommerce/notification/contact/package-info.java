/**
 * How to reach each user, as the user service's events tell it, and its erasure with the
 * account.
 */
@NullMarked
package dev.ecommerce.notification.contact;

import org.jspecify.annotations.NullMarked;
