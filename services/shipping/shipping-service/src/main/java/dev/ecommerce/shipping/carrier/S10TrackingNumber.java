package dev.ecommerce.shipping.carrier;

import java.util.regex.Pattern;

/**
 * Tracking numbers in the UPU S10 format: two letters for the service, an eight-digit
 * serial number, its check digit and the ISO code of the country of posting, such as
 * {@code RR123456785GB}.
 */
public final class S10TrackingNumber {

	private static final int[] WEIGHTS = { 8, 6, 4, 2, 3, 5, 9, 7 };

	private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[0-9]{9}[A-Z]{2}");

	private S10TrackingNumber() {
	}

	/**
	 * The tracking number of a serial number.
	 * @param prefix the two letters of the service
	 * @param serial the serial number, 0 to 99999999
	 * @param country the ISO 3166-1 alpha-2 code of the country of posting
	 * @return the tracking number
	 */
	public static String of(String prefix, long serial, String country) {
		if (!prefix.matches("[A-Z]{2}") || !country.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("An S10 prefix and country are two capital letters each");
		}
		if (serial < 0 || serial > 99_999_999) {
			throw new IllegalArgumentException("An S10 serial number has eight digits: " + serial);
		}
		String digits = String.format("%08d", serial);
		return prefix + digits + checkDigit(digits) + country;
	}

	/**
	 * The check digit of eight digits: their sum weighted 8, 6, 4, 2, 3, 5, 9, 7, taken
	 * from 11 modulo 11, where 10 becomes 0 and 11 becomes 5.
	 * @param digits the serial number's eight digits
	 * @return the check digit
	 */
	public static int checkDigit(String digits) {
		if (!digits.matches("[0-9]{8}")) {
			throw new IllegalArgumentException("An S10 serial number has eight digits: " + digits);
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = 11 - (sum % 11);
		return switch (check) {
			case 10 -> 0;
			case 11 -> 5;
			default -> check;
		};
	}

	/**
	 * Whether a text is a well-formed S10 tracking number with the right check digit.
	 * @param trackingNumber the text
	 * @return whether it is valid
	 */
	public static boolean isValid(String trackingNumber) {
		if (!FORMAT.matcher(trackingNumber).matches()) {
			return false;
		}
		return checkDigit(trackingNumber.substring(2, 10)) == trackingNumber.charAt(10) - '0';
	}

}
