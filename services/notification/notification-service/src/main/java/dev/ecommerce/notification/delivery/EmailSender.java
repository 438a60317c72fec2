package dev.ecommerce.notification.delivery;

import dev.ecommerce.notification.NotificationProperties;
import dev.ecommerce.notification.api.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails over SMTP ({@code spring.mail.host}, {@code spring.mail.port}): a plain-text and
 * an HTML part, and for marketing the one-click unsubscribe headers of RFC 8058.
 */
@Component
class EmailSender implements ChannelSender {

	private final JavaMailSender mailSender;

	private final String from;

	EmailSender(JavaMailSender mailSender, NotificationProperties properties) {
		this.mailSender = mailSender;
		this.from = properties.mail().from();
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public void send(Outgoing notification) {
		try {
			MimeMessage message = this.mailSender.createMimeMessage();
			MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
			mail.setFrom(this.from);
			mail.setTo(notification.address());
			mail.setSubject(notification.subject());
			if (notification.html() != null) {
				mail.setText(notification.text(), notification.html());
			}
			else {
				mail.setText(notification.text());
			}
			if (notification.unsubscribeUrl() != null) {
				message.setHeader("List-Unsubscribe", "<" + notification.unsubscribeUrl() + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			message.setHeader("X-Notification-Id", notification.id().toString());
			this.mailSender.send(message);
		}
		catch (MessagingException | MailException ex) {
			throw new DeliveryFailedException("SMTP: " + rootMessage(ex), ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

}
