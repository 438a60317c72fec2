/**
 * How to reach each user, kept from the user service's events, and erased with the user.
 */
@NullMarked
package dev.ecommerce.notification.contact;

import org.jspecify.annotations.NullMarked;
