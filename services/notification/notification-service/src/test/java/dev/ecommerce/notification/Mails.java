package dev.ecommerce.notification;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the parts of a received mail. */
public final class Mails {

	private Mails() {
	}

	/**
	 * The first part of the given type ({@code text/plain}, {@code text/html}), decoded.
	 */
	public static String part(Part message, String type) {
		try {
			String found = find(message, type);
			if (found == null) {
				throw new AssertionError("The mail has no " + type + " part");
			}
			return found;
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String find(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = find(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
