/**
 * What each user wants to receive, in which language, and the signed one-click
 * unsubscribe.
 */
@NullMarked
package dev.ecommerce.notification.preference;

import org.jspecify.annotations.NullMarked;
