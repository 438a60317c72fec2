/**
 * Delivers pending notifications by mail, SMS and seller webhooks, with retries and
 * exponential backoff, every attempt logged; the admins' log.
 */
@NullMarked
package dev.ecommerce.notification.delivery;

import org.jspecify.annotations.NullMarked;
