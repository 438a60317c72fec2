/**
 * The notification service: contacts ({@code contact}), preferences ({@code preference}),
 * what is sent to whom ({@code dispatch}, fed by {@code events} and {@code campaign}),
 * delivery with retries ({@code delivery}), the in-app inbox ({@code inbox}) and sellers'
 * webhooks ({@code webhook}).
 */
@NullMarked
package dev.ecommerce.notification;

import org.jspecify.annotations.NullMarked;
