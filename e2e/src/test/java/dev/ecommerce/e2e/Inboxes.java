package dev.ecommerce.e2e;

import java.util.List;

import dev.ecommerce.devstack.Stack;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static dev.ecommerce.e2e.ShopClient.ok;

/**
 * What the shop told someone: the mails the stack's mail server received and the in-app
 * notices of the notification service.
 */
final class Inboxes {

	private Inboxes() {
	}

	/**
	 * The mails sent to an address.
	 */
	static List<MimeMessage> mailTo(Stack stack, String email) {
		return stack.mail().received().stream().filter((message) -> isTo(message, email)).toList();
	}

	/**
	 * The subjects of the mails sent to an address.
	 */
	static List<String> subjectsTo(Stack stack, String email) {
		return mailTo(stack, email).stream().map(Inboxes::subject).toList();
	}

	/**
	 * The kinds of a user's in-app notices ({@code ORDER_CONFIRMED}, {@code LOW_STOCK},
	 * ...), newest first.
	 */
	static List<String> noticeKinds(ShopClient shop, String bearer) {
		return ok(shop.get("/notifications/mine?size=100", "Authorization", bearer)).path("items")
			.findValuesAsString("kind");
	}

	private static boolean isTo(MimeMessage message, String email) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null && List.of(to).stream().anyMatch((address) -> address.toString().contains(email));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	private static String subject(MimeMessage message) {
		try {
			String subject = message.getSubject();
			return (subject != null) ? subject : "";
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("a mail without a readable subject", ex);
		}
	}

}
