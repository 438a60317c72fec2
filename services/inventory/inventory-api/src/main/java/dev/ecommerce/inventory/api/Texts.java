package dev.ecommerce.inventory.api;

/**
 * The patterns that the text in requests must match.
 */
public final class Texts {

	/** One line of text, without control characters. */
	public static final String LINE = "[^\\p{Cntrl}]*";

	public static final String LINE_MESSAGE = "must not contain control characters";

	/**
	 * A SKU: letters, digits, {@code .}, {@code _} and {@code -}, as the catalog has
	 * them.
	 */
	public static final String SKU = "[A-Za-z0-9][A-Za-z0-9._-]*";

	public static final String SKU_MESSAGE = "must be letters, digits, '.', '_' or '-', starting with a letter or digit";

	/** A store's code: upper-case letters, digits and {@code -}. */
	public static final String CODE = "[A-Z0-9][A-Z0-9-]*";

	public static final String CODE_MESSAGE = "must be upper-case letters, digits or '-', starting with a letter or digit";

	private Texts() {
	}

}
