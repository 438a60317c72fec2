/**
 * The notification service's public contract: the request and response records of
 * {@code /notifications}. The service publishes no events.
 */
@NullMarked
package dev.ecommerce.notification.api;

import org.jspecify.annotations.NullMarked;
