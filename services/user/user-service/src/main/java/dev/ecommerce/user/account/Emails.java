package dev.ecommerce.user.account;

import java.util.Locale;

/**
 * The one form of an email that accounts are stored and looked up by.
 */
final class Emails {

	private Emails() {
	}

	/**
	 * Without surrounding spaces and in lower case, so that one address is one account.
	 */
	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
