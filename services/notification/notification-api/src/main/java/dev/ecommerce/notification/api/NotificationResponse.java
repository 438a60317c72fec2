package dev.ecommerce.notification.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notification as the admins' log shows it, with every delivery attempt.
 *
 * @param id the notification
 * @param kind what it is about, such as {@code ORDER_CONFIRMED}
 * @param category its category
 * @param channel how it is delivered
 * @param recipientId the user (or seller) it is for
 * @param recipient the address it goes to: email, phone number or webhook URL; none for
 * the inbox
 * @param subject its subject
 * @param status where its delivery stands
 * @param attempts the delivery attempts, oldest first
 * @param createdAt when it was created
 * @param sentAt when it was delivered
 */
public record NotificationResponse(UUID id, String kind, String category, Channel channel, UUID recipientId,
		@Nullable String recipient, String subject, NotificationStatus status, List<Attempt> attempts,
		Instant createdAt, @Nullable Instant sentAt) {

	/**
	 * One delivery attempt.
	 *
	 * @param attempt its number, from 1
	 * @param at when it was made
	 * @param outcome {@code SENT} or {@code FAILED}
	 * @param error why it failed
	 */
	public record Attempt(int attempt, Instant at, String outcome, @Nullable String error) {
	}

}
