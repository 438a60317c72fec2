package dev.ecommerce.cart.api;

/**
 * The patterns that the text in requests must match.
 */
public final class Texts {

	/** One line of text, without control characters. */
	public static final String LINE = "[^\\p{Cntrl}]*";

	public static final String LINE_MESSAGE = "must not contain control characters";

	/** A SKU, as the catalog has them. */
	public static final String SKU = "[A-Za-z0-9][A-Za-z0-9._-]*";

	public static final String SKU_MESSAGE = "must be letters, digits, '.', '_' or '-', starting with a letter or digit";

	/** A coupon code: upper-case letters, digits, {@code -} and {@code _}. */
	public static final String COUPON_CODE = "[A-Z0-9][A-Z0-9_-]*";

	public static final String COUPON_CODE_MESSAGE = "must be upper-case letters, digits, '-' or '_', starting with a letter or digit";

	/** An ISO 3166-1 alpha-2 country code. */
	public static final String COUNTRY = "[A-Z]{2}";

	public static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as GB";

	/** The most units of one SKU a cart or quote line holds. */
	public static final int MAX_QUANTITY = 99;

	/** The most lines a cart or quote holds. */
	public static final int MAX_LINES = 100;

	private Texts() {
	}

}
