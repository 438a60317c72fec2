package dev.ecommerce.product.api;

/**
 * The patterns that texts of requests follow, shared by the request records.
 */
public final class TextRules {

	/** One line of text: no control characters. */
	public static final String LINE = "[^\\p{Cntrl}]*";

	/** Running text: no control characters but tab, line feed and carriage return. */
	public static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	public static final String NO_CONTROL_CHARACTERS = "must not contain control characters";

	/** An attribute name such as {@code colour} or {@code Screen size}. */
	public static final String ATTRIBUTE_NAME = "[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*";

	public static final String ATTRIBUTE_NAME_MESSAGE = "must be letters, digits, spaces, '_' or '-'";

	/** A stock keeping unit: letters, digits, '.', '_' and '-'. */
	public static final String SKU = "[A-Za-z0-9][A-Za-z0-9._-]*";

	public static final String SKU_MESSAGE = "must be letters, digits, '.', '_' or '-', starting with a letter or digit";

	/** An absolute http(s) URL. */
	public static final String URL = "https?://[^\\s\\p{Cntrl}]+";

	public static final String URL_MESSAGE = "must be an http or https URL";

	/** A category slug: lower-case words joined by hyphens. */
	public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	public static final String SLUG_MESSAGE = "must be lower-case letters and digits joined by hyphens";

	private TextRules() {
	}

}
