/**
 * Sellers' webhooks and their signing secrets.
 */
@NullMarked
package dev.ecommerce.notification.webhook;

import org.jspecify.annotations.NullMarked;
