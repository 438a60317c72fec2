package dev.ecommerce.notification.delivery;

import java.util.UUID;

import dev.ecommerce.notification.api.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A notification on its way out.
 *
 * @param id the notification
 * @param kind what it is about
 * @param channel how it goes
 * @param recipientId the user or seller
 * @param address the email, phone number or webhook URL
 * @param subject the subject
 * @param text the plain text (for a webhook: the JSON body)
 * @param html the HTML of a mail
 * @param unsubscribeUrl the one-click unsubscribe link of a marketing mail
 * @param attempts the attempts made before this one
 */
record Outgoing(UUID id, String kind, Channel channel, UUID recipientId, String address, String subject, String text,
		@Nullable String html, @Nullable String unsubscribeUrl, int attempts) {

	@Override
	public String toString() {
		return "Outgoing[id=" + this.id + ", kind=" + this.kind + ", channel=" + this.channel + ", attempts="
				+ this.attempts + "]";
	}

}
