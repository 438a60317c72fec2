package dev.ecommerce.payment.carddata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a primary account number: 13 to 19 digits, together or in groups
 * split by single spaces or hyphens, that pass the Luhn check. A run of digits that is
 * part of a longer token (a UUID, a hex id) is not a card number and is left alone.
 */
final class CardNumbers {

	private static final Pattern CANDIDATE = Pattern
		.compile("(?<![0-9A-Za-z-])[0-9](?:[ -]?[0-9]){12,18}(?![0-9A-Za-z]|-[0-9A-Za-z])");

	private CardNumbers() {
	}

	/** Whether the text holds a card number anywhere. */
	static boolean containsCardNumber(String text) {
		Matcher candidates = CANDIDATE.matcher(text);
		while (candidates.find()) {
			if (luhn(candidates.group().replaceAll("[ -]", ""))) {
				return true;
			}
		}
		return false;
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
