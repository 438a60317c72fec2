package dev.ecommerce.notification.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notification in the user's in-app inbox.
 *
 * @param id the notification
 * @param kind what it is about, such as {@code ORDER_CONFIRMED}
 * @param category its category, such as {@code orderUpdates}
 * @param subject its title
 * @param message its text
 * @param read whether the user has read it
 * @param readAt when the user read it
 * @param createdAt when it was sent
 */
public record InboxNotificationResponse(UUID id, String kind, String category, String subject, String message,
		boolean read, @Nullable Instant readAt, Instant createdAt) {
}
